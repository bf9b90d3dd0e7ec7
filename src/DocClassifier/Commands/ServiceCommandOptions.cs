using System.CommandLine;

namespace DocClassifier.Cli.Commands;

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

    public IEnumerable<KeyValuePair<string, string?>> Overrides(ParseResult result) =>
        ServiceHost.Overrides(result.GetValue(BaseDirectory), result.GetValue(Storage), result.GetValue(Connection));
}
