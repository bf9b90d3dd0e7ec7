using System.CommandLine;
using DocClassifier.Learning;
using DocClassifier.Training;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Host.Commands;

/// <summary><c>docclassifier retrain</c>: what the nightly job does, now: train a challenger on the reviewed examples, compare, promote if not worse.</summary>
internal static class RetrainCommand
{
    public static Command Create()
    {
        var shared = new ServiceCommandOptions();
        var command = new Command("retrain", "Learn from reviewers' decisions now: train a challenger, compare it with the live model on held-out reviewed examples, promote it if not worse.");
        shared.AddTo(command);
        command.SetAction(result => shared.Run(result, services =>
        {
            var output = result.InvocationConfiguration.Output;
            try
            {
                var outcome = services.GetRequiredService<Retrainer>().Run(Environment.UserName, new ImmediateProgress<string>(output.WriteLine));
                output.WriteLine($"{outcome.Outcome}: {outcome.Message}");
                return outcome.Outcome == RetrainingOutcome.Rejected ? 1 : 0;
            }
            catch (Exception e) when (e is TrainingDataException or InvalidOperationException or IOException)
            {
                result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        }));
        return command;
    }
}
