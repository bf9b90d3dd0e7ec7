using DocClassifier.Learning;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Service;

/// <summary>Registers (or removes) the recurring retraining job with the schedule from <c>Learning:Schedule</c>.</summary>
public sealed class RetrainingSchedule(IRecurringJobManager jobs, LearningOptions options, ILogger<RetrainingSchedule> logger) : IHostedService
{
    public const string JobId = "retrain";

    public static bool IsOff(string? schedule) => string.IsNullOrWhiteSpace(schedule) || schedule.Equals("never", StringComparison.OrdinalIgnoreCase);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsOff(options.Schedule))
        {
            jobs.RemoveIfExists(JobId);
            logger.LogInformation("Retraining from reviews is not scheduled (Learning:Schedule is off); run 'docclassifier retrain' by hand.");
            return Task.CompletedTask;
        }

        jobs.AddOrUpdate<RetrainJob>(JobId, job => job.Run(), options.Schedule, new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });
        logger.LogInformation("Retraining from reviews runs on the schedule '{Schedule}' (server local time).", options.Schedule);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
