using System.CommandLine;
using System.Globalization;
using DocClassifier.Host.Service;
using DocClassifier.Processing;
using DocClassifier.Review;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Host.Commands;

/// <summary>
/// <c>docclassifier retry ID</c>: puts a failed document back in line through the document queue. On PostgreSQL its
/// job goes into the queue every node shares, and a worker takes it at once. On SQLite the job queue lives in the
/// service's memory, out of this process's reach: the ledger hands the document over, and the running service queues
/// it within <see cref="ServiceOptions.HandOffSeconds"/>.
/// </summary>
internal static class RetryCommand
{
    public static Command Create()
    {
        var shared = new ServiceCommandOptions();
        var id = new Argument<string>("id") { Description = "The failed document's id." };
        var command = new Command("retry", "Process a failed document again.") { id };
        shared.AddTo(command);
        command.SetAction(result => shared.Run(result, services =>
        {
            var document = result.GetValue(id)!;
            try
            {
                services.GetRequiredService<ReviewDesk>().Retry(document, Environment.UserName);
                services.GetRequiredService<IDocumentQueue>().Enqueue(document);
            }
            catch (ReviewException e)
            {
                result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }

            var options = services.GetRequiredService<ServiceOptions>();
            result.InvocationConfiguration.Output.WriteLine(options.IsPostgres
                ? $"{document} is queued again; a worker takes it now."
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"{document} is back in line: the running service queues it within {options.HandOffSeconds:0.#} s (with SQLite the job queue is in the service's memory, so the ledger hands it over), or when it next starts."));
            return 0;
        }));
        return command;
    }
}
