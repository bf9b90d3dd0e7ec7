using System.CommandLine;
using DocClassifier.Cli.Service;
using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocClassifier.Cli.Commands;

/// <summary><c>docclassifier run</c>: the service (inbox watcher, Hangfire workers) until stopped.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var shared = new ServiceCommandOptions();
        var seed = new Option<string?>("--copy-into-inbox") { Description = "Copy the documents of this folder (e.g. samples/corpus) into the inbox at start, for a demonstration." };
        var command = new Command("run", "Run the service: watch the inbox, process documents, deliver results.") { seed };
        shared.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var builder = ServiceHost.CreateBuilder(shared.Overrides(result));
            builder.Services.AddPipeline(builder.Configuration).AddWorkers(builder.Configuration);
            using var host = builder.Build();
            try
            {
                // Load the model and open the ledger now: a missing model or database is a clear error at start, not a failing job later.
                _ = host.Services.GetRequiredService<IDocumentClassifier>();
                _ = host.Services.GetRequiredService<IDocumentLedger>();
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or System.Data.Common.DbException)
            {
                result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }

            var folders = host.Services.GetRequiredService<ServiceFolders>();
            if (result.GetValue(seed) is { } samples)
            {
                // Copied, never moved: intake moves what it takes, and the samples must stay where they are.
                var copied = CopyDocuments(samples, Path.Combine(folders.Inbox, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(samples)))));
                result.InvocationConfiguration.Output.WriteLine($"Copied {copied} documents from {samples} into the inbox.");
            }

            result.InvocationConfiguration.Output.WriteLine($"Watching {folders.Inbox}; results in {folders.Results}, failures in {folders.Failed}. Ctrl+C stops.");
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static int CopyDocuments(string from, string to)
    {
        var files = Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(FormatSniffer.IsSupportedExtension).ToList();
        foreach (var file in files)
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return files.Count;
    }
}
