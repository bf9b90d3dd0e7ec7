using System.CommandLine;
using System.Globalization;
using DocClassifier.Review;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Host.Commands;

/// <summary><c>docclassifier review list</c> and <c>review decide ID LABEL --reviewer NAME</c>: the review queue from a terminal or a script.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var shared = new ServiceCommandOptions();
        var list = new Command("list", "List documents waiting for review, oldest first.");
        shared.AddTo(list);
        list.SetAction(result => shared.Run(result, services =>
        {
            var pending = services.GetRequiredService<ReviewDesk>().Pending();
            foreach (var d in pending)
            {
                result.InvocationConfiguration.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{d.Id}  {d.ReceivedAt:yyyy-MM-dd HH:mm}  {d.Label} ({d.Confidence:F2})  {d.SourceFolder}/{d.OriginalFileName}  {d.Detail}"));
            }

            result.InvocationConfiguration.Output.WriteLine($"{pending.Count} waiting for review.");
            return 0;
        }));

        var id = new Argument<string>("id") { Description = "The document id (from review list)." };
        var label = new Argument<string>("label") { Description = "The right label." };
        var reviewer = new Option<string>("--reviewer") { Description = "Who decided (kept in the audit trail).", Required = true };
        var decide = new Command("decide", "Decide a document's label; it is delivered at once.") { id, label, reviewer };
        shared.AddTo(decide);
        decide.SetAction(result => shared.Run(result, services =>
        {
            try
            {
                services.GetRequiredService<ReviewDesk>().Decide(result.GetValue(id)!, result.GetValue(label)!, result.GetValue(reviewer)!);
                result.InvocationConfiguration.Output.WriteLine($"Delivered {result.GetValue(id)} as {result.GetValue(label)}.");
                return 0;
            }
            catch (ReviewException e)
            {
                result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        }));

        return new Command("review", "The review queue.") { list, decide };
    }
}
