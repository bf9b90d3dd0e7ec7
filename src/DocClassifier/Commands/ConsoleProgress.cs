using System.Globalization;
using Spectre.Console;

namespace DocClassifier.Host.Commands;

/// <summary>
/// Progress of a long command: a Spectre.Console bar with the time left on a terminal; in a log or a
/// pipe, one line every 10 % (Spectre's own fallback writes a line per percent).
/// </summary>
internal static class ConsoleProgress
{
    public static T Run<T>(TextWriter output, string description, Func<IProgress<(int Done, int Total)>, T> work)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return work(new LogLines(output, description));
        }

        T result = default!;
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) })
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description);
                result = work(new Progress<(int Done, int Total)>(p => (task.MaxValue, task.Value) = (p.Total, p.Done)));
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Adapts a reporter of done counts (as the corpus generator reports) to this progress.</summary>
    public static IProgress<int> Counting(this IProgress<(int Done, int Total)> progress, int total) => new Counter(progress, total);

    private sealed class LogLines(TextWriter output, string description) : IProgress<(int Done, int Total)>
    {
        private readonly Lock gate = new();
        private int lastTenth = -1;

        public void Report((int Done, int Total) value)
        {
            var tenth = value.Total <= 0 ? 10 : value.Done * 10 / value.Total;
            lock (gate)
            {
                if (tenth != lastTenth)
                {
                    lastTenth = tenth;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {description}: {value.Done}/{value.Total}"));
                }
            }
        }
    }

    private sealed class Counter(IProgress<(int Done, int Total)> progress, int total) : IProgress<int>
    {
        public void Report(int value) => progress.Report((value, total));
    }
}
