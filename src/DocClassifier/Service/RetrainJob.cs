using DocClassifier.Learning;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Service;

/// <summary>The recurring Hangfire job that retrains from reviewers' decisions; one at a time across all nodes, never retried (the next night is the retry).</summary>
public sealed class RetrainJob(Retrainer retrainer, ILogger<RetrainJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 0)]
    public void Run()
    {
        var result = retrainer.Run("retraining", new ImmediateProgress<string>(step => logger.LogInformation("Retraining: {Step}", step)));
        logger.LogInformation("Retraining {Outcome}: {Message}", result.Outcome, result.Message);
    }
}
