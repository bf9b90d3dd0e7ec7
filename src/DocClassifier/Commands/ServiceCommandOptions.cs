using System.CommandLine;
using Microsoft.Extensions.Options;

namespace DocClassifier.Host.Commands;

/// <summary>The options every service command shares: where the data lives and which database holds the ledger.</summary>
internal sealed class ServiceCommandOptions
{
    public Option<string?> BaseDirectory { get; } = new("--base-dir") { Description = "Folder for inbox/, results/, failed/, archive/, duplicates/ and the SQLite ledger." };

    public Option<string?> Storage { get; } = new("--storage") { Description = "sqlite (embedded, default) or postgres." };

    public Option<string?> Connection { get; } = new("--connection") { Description = "PostgreSQL connection string (with --storage postgres)." };

    public void AddTo(Command command)
    {
        command.Options.Add(BaseDirectory);
        command.Options.Add(Storage);
        command.Options.Add(Connection);
    }

    /// <summary>Runs a command's work on the program's services; a bad setting is an error (exit code 2), not a crash.</summary>
    public int Run(ParseResult result, Func<IServiceProvider, int> action)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(action);
        using var host = ServiceHost.CreateCommandHost(Overrides(result));
        try
        {
            ServiceHost.CheckSettings(host.Services);
        }
        catch (OptionsValidationException e)
        {
            result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        return action(host.Services);
    }

    public IEnumerable<KeyValuePair<string, string?>> Overrides(ParseResult result) =>
        ServiceHost.Overrides(result.GetValue(BaseDirectory), result.GetValue(Storage), result.GetValue(Connection));
}
