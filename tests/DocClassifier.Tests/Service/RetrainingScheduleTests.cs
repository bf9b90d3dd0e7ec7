using DocClassifier.Host.Service;
using DocClassifier.Learning;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocClassifier.Tests.Service;

/// <summary>The retraining job is registered with the configured schedule (nightly by default), and removed when turned off.</summary>
public sealed class RetrainingScheduleTests
{
    [Test]
    public async Task TheRetrainJob_RunsNightlyByDefault_OnAConfiguredSchedule_OrNotAtAll()
    {
        using var storage = new InMemoryStorage();
        var jobs = new RecurringJobManager(storage);

        await Start(jobs, new LearningOptions());
        var nightly = Recurring(storage);
        await Start(jobs, new LearningOptions { Schedule = "30 22 * * 1-5" });
        var weekdays = Recurring(storage);
        await Start(jobs, new LearningOptions { Schedule = "never" });

        Assert.Multiple(() =>
        {
            Assert.That(nightly?.Cron, Is.EqualTo("0 2 * * *"));
            Assert.That(nightly?.Job.Type, Is.EqualTo(typeof(RetrainJob)));
            Assert.That(weekdays?.Cron, Is.EqualTo("30 22 * * 1-5"));
            Assert.That(Recurring(storage), Is.Null, "turned off");
        });
    }

    private static Task Start(RecurringJobManager jobs, LearningOptions options) =>
        new RetrainingSchedule(jobs, options, NullLogger<RetrainingSchedule>.Instance).StartAsync(CancellationToken.None);

    private static RecurringJobDto? Recurring(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == RetrainingSchedule.JobId);
    }
}
