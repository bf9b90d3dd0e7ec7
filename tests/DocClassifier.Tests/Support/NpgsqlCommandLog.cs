using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace DocClassifier.Tests.Support;

/// <summary>The statements Npgsql sends to one database while this log is open (through Npgsql's ActivitySource), in any order.</summary>
internal sealed class NpgsqlCommandLog : IDisposable
{
    private readonly ConcurrentBag<string> statements = [];
    private readonly ActivityListener listener;

    public NpgsqlCommandLog(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var values = activity.TagObjects.Select(t => t.Value as string).OfType<string>().ToList();
                if (values.Contains(database) && values.FirstOrDefault(IsStatement) is { } statement)
                {
                    statements.Add(statement);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public IReadOnlyCollection<string> Statements => statements;

    public void Dispose() => listener.Dispose();

    private static bool IsStatement(string value) =>
        value.StartsWith("SELECT", StringComparison.Ordinal) || value.StartsWith("WITH", StringComparison.Ordinal) ||
        value.StartsWith("INSERT", StringComparison.Ordinal) || value.StartsWith("UPDATE", StringComparison.Ordinal) ||
        value.StartsWith("DELETE", StringComparison.Ordinal);
}
