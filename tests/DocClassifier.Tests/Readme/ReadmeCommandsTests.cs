using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DocClassifier.Tests.Readme;

/// <summary>
/// The README's commands, read from the README and typed verbatim at the root of a fresh copy of the repository, in
/// the order a newcomer meets them: the service on the bundled samples until it has delivered results, then the
/// other examples on their sample files, with ids from that run. The README can no longer drift from the program.
/// </summary>
[TestFixture]
[Category("Readme")]
[Category("Ocr")]
[Category("Service")]
[Parallelizable(ParallelScope.Self)]
public class ReadmeCommandsTests
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    // The review UI's fixed port (5080) may be taken on a test machine; the command itself stays as written.
    private static readonly Dictionary<string, string> Environment = new() { ["WEB__URL"] = "http://127.0.0.1:0" };

    [Test]
    public void TheReadmesCommands_WorkVerbatimFromTheRootOfAFreshClone_AndWriteWhereTheReadmeSays()
    {
        using var clone = RepositoryCopy.Create();
        var readme = Path.Combine(clone.Root, "README.md");
        var service = ReadmeCommands.Blocks(readme)[0].Single(c => c.Contains(" -- run ", StringComparison.Ordinal));
        var others = ReadmeCommands.BlockAfter(readme, "Other things to try");
        var data = Path.Combine(clone.Root, "docclassifier-data");

        var (delivered, pending, failed) = RunUntilItHasDelivered(service, clone.Root, data);

        Assert.That(Directory.GetFiles(Path.Combine(data, "results"), "*.json", SearchOption.AllDirectories), Is.Not.Empty, "results in docclassifier-data/results/ at the repo root");
        Assert.That(Path.Combine(clone.Root, "src", "DocClassifier", "docclassifier-data"), Does.Not.Exist, "nothing written beside the project");
        Assert.That(others.Select(c => c.Split(" -- ")[1].Split(' ')[0]), Is.SupersetOf(new[] { "extract", "classify", "review", "retry" }), "the README's examples as this test knows them");

        foreach (var command in others)
        {
            var subcommand = command.Split(" -- ")[1];
            var values = new Dictionary<string, string>();
            if (subcommand.StartsWith("review decide", StringComparison.Ordinal))
            {
                values["ID"] = pending.Id;
                values["LABEL"] = pending.Label ?? "official-letter";
            }
            else if (subcommand.StartsWith("retry", StringComparison.Ordinal))
            {
                // The samples hold no unreadable document; a delivered one must then be refused with a reason.
                values["ID"] = failed?.Id ?? delivered.Id;
            }

            var line = ReadmeCommands.Fill(command, values);
            var (exitCode, output) = ShellCommand.Run(line, clone.Root, CommandTimeout, Environment);
            var expectRefusal = subcommand.StartsWith("retry", StringComparison.Ordinal) && failed is null;
            Assert.That(exitCode, Is.EqualTo(expectRefusal ? 2 : 0), $"{line}\n{output}");
            if (subcommand.StartsWith("extract", StringComparison.Ordinal))
            {
                Assert.That(output, Does.Match(@"\p{IsCJKUnifiedIdeographs}{4}"), "the scan's text");
            }
            else if (subcommand.StartsWith("classify", StringComparison.Ordinal))
            {
                Assert.That(output, Does.Contain(subcommand.Split('/')[2]), "the folder's label");
            }
            else if (subcommand.StartsWith("review list", StringComparison.Ordinal))
            {
                Assert.That(output, Does.Contain(pending.Id));
            }
            else if (subcommand.StartsWith("review decide", StringComparison.Ordinal))
            {
                Assert.That(Path.Combine(data, "results", values["LABEL"], pending.Id + ".json"), Does.Exist, "the decision is delivered at once");
            }
            else if (expectRefusal)
            {
                Assert.That(output, Does.Contain("is not Failed"));
            }
        }
    }

    [Test]
    public void TheFolderTheReadmesCommandsWriteTo_IsIgnoredByGit()
    {
        var (exitCode, output) = ShellCommand.Run("git check-ignore -v docclassifier-data/results/x.json", RepositoryCopy.SourceRoot(), TimeSpan.FromMinutes(1));

        Assert.That(exitCode, Is.Zero, $"docclassifier-data/ is not ignored: {output}");
    }

    private static (LedgerDocument Delivered, LedgerDocument Pending, LedgerDocument? Failed) RunUntilItHasDelivered(string command, string root, string data)
    {
        using var run = ShellCommand.Start(command, root, Environment);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(20);
        try
        {
            while (true)
            {
                Assert.That(run.HasExited, Is.False, $"the service stopped by itself:\n{run.Output}");
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"no result delivered and none to review in time:\n{run.Output}");
                if (Find(data, DocumentState.Delivered) is { } delivered && Find(data, DocumentState.PendingReview) is { } pending)
                {
                    run.Interrupt();
                    Assert.That(run.WaitForExit(TimeSpan.FromMinutes(1)), Is.True, $"Ctrl+C stops it:\n{run.Output}");
                    Assert.That(run.Output, Does.Contain("Demo user: demo / "), "the password is printed");
                    return (delivered, pending, Find(data, DocumentState.Failed));
                }

                Thread.Sleep(TimeSpan.FromSeconds(2));
            }
        }
        finally
        {
            run.Kill();
        }
    }

    private static LedgerDocument? Find(string data, DocumentState state)
    {
        var path = Path.Combine(data, "ledger.db");
        if (!File.Exists(path) || (state == DocumentState.Delivered && !Directory.Exists(Path.Combine(data, "results"))))
        {
            return null;
        }

        try
        {
            var ledger = new SqliteDocumentLedger(path);
            return ledger.InStates([state], limit: 1) is [var first, ..] ? first : null;
        }
        catch (SqliteException)
        {
            return null; // the service is still creating its tables
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
