using System.CommandLine;
using DocClassifier.Review;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Cli.Commands;

/// <summary><c>docclassifier retry ID</c>: puts a failed document back in line; the running service picks it up at its next rescan.</summary>
internal static class RetryCommand
{
    public static Command Create()
    {
        var shared = new ServiceCommandOptions();
        var id = new Argument<string>("id") { Description = "The failed document's id." };
        var command = new Command("retry", "Process a failed document again.") { id };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            using var services = ReviewCommand.Build(shared, result);
            try
            {
                services.GetRequiredService<ReviewDesk>().Retry(result.GetValue(id)!, Environment.UserName);
                result.InvocationConfiguration.Output.WriteLine($"{result.GetValue(id)} is queued again; the service takes it at its next inbox rescan.");
                return 0;
            }
            catch (ReviewException e)
            {
                result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
