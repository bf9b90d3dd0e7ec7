using System.CommandLine;
using DocClassifier.Cli.Service;
using DocClassifier.Classification;
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
        var command = new Command("run", "Run the service: watch the inbox, process documents, deliver results.");
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
            result.InvocationConfiguration.Output.WriteLine($"Watching {folders.Inbox}; results in {folders.Results}, failures in {folders.Failed}. Ctrl+C stops.");
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
