using DocClassifier.Host.Service;
using DocClassifier.Host.Web.Health;
using DocClassifier.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DocClassifier.Tests.Web;

/// <summary>/health does not write probe files on every call.</summary>
[Category("Web")]
public sealed class FoldersHealthCheckTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task TheFoldersAreProbedOnce_ThenTheAnswerIsKept_ForHalfAMinute()
    {
        using var folder = new TempFolder();
        var folders = ServiceFolders.From(new ServiceOptions { BaseDirectory = folder.Path });
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var check = new FoldersHealthCheck(folders, clock);

        var first = await check.CheckHealthAsync(new HealthCheckContext());
        Directory.SetLastWriteTimeUtc(folders.Inbox, LongAgo); // a probe file written and deleted would move this
        clock.Advance(TimeSpan.FromSeconds(29));
        var cached = await check.CheckHealthAsync(new HealthCheckContext());
        var untouched = Directory.GetLastWriteTimeUtc(folders.Inbox);
        clock.Advance(TimeSpan.FromSeconds(2));
        var probedAgain = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.That(first.Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(cached.Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(untouched, Is.EqualTo(LongAgo), "no probe file within 30 seconds");
        Assert.That(probedAgain.Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(Directory.GetLastWriteTimeUtc(folders.Inbox), Is.GreaterThan(LongAgo), "probed again after 30 seconds");
        Assert.That(Directory.EnumerateFileSystemEntries(folders.Inbox), Is.Empty, "probes leave nothing behind");
    }

    [Test]
    public async Task AFolderThatCannotTakeAFile_IsReportedUnhealthy()
    {
        using var folder = new TempFolder();
        var folders = ServiceFolders.From(new ServiceOptions { BaseDirectory = folder.Path });
        File.WriteAllText(Path.Combine(folder.Path, "results"), "a file where the folder should be");

        var result = await new FoldersHealthCheck(folders, new ManualClock(DateTimeOffset.UtcNow)).CheckHealthAsync(new HealthCheckContext());

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(result.Description, Does.Contain("results"));
    }
}
