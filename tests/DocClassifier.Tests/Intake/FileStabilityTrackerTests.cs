using DocClassifier.Intake;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Intake;

[TestFixture]
public class FileStabilityTrackerTests
{
    [Test]
    public void AFileIsFinished_OnlyAfterItStoppedChangingForTheDelay()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(5), clock);
        var file = folder.Write("scan.pdf", [1, 2, 3]);

        Assert.That(tracker.IsFinished(file), Is.False, "first sight");
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.That(tracker.IsFinished(file), Is.False, "not yet stable for 5 s");
        File.AppendAllText(file, "more");
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(tracker.IsFinished(file), Is.False, "it grew: the delay starts again");
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.That(tracker.IsFinished(file), Is.True);
    }

    [Test]
    public void TheNextDue_IsWhenTheEarliestRunningWaitEnds_AndNoneOnceEveryWaitHasEnded()
    {
        using var folder = new TempFolder();
        var start = DateTimeOffset.UtcNow;
        var clock = new ManualClock(start);
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(5), clock);
        var first = folder.Write("first.pdf", [1]);
        var second = folder.Write("second.pdf", [2]);
        Assert.That(tracker.NextDue(), Is.Null, "nothing seen");

        _ = tracker.IsFinished(first);
        clock.Advance(TimeSpan.FromSeconds(2));
        _ = tracker.IsFinished(second);
        Assert.That(tracker.NextDue(), Is.EqualTo(start.AddSeconds(5)), "the first file's wait ends first");

        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.That(tracker.NextDue(), Is.EqualTo(start.AddSeconds(7)), "the first's wait is over (a locked file must not make the loop spin): the second's");

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(tracker.NextDue(), Is.Null, "every wait has ended");
        tracker.Forget(second);
        File.AppendAllText(first, "more");
        _ = tracker.IsFinished(first);
        Assert.That(tracker.NextDue(), Is.EqualTo(start.AddSeconds(13)), "a file that grew waits again from when it was seen grown");
    }

    [Test]
    public void AFileOpenForWritingByAnother_IsNotFinished()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var tracker = new FileStabilityTracker(TimeSpan.Zero, clock);
        var file = folder.Write("scan.pdf", [1]);

        using (new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.Read))
        {
            Assert.That(tracker.IsFinished(file), Is.False);
        }

        Assert.That(tracker.IsFinished(file), Is.True);
    }

    [Test]
    public void AFileCopiedSlowlyInChunks_IsNotTakenBeforeItIsComplete()
    {
        using var folder = new TempFolder();
        var tracker = new FileStabilityTracker(TimeSpan.FromSeconds(1), TimeProvider.System);
        var file = Path.Combine(folder.Path, "slow.pdf");
        var takenEarly = false;

        using (var writer = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            for (var chunk = 0; chunk < 8; chunk++)
            {
                writer.Write(new byte[4096]);
                writer.Flush();
                Thread.Sleep(400);
                takenEarly |= tracker.IsFinished(file);
            }
        }

        Assert.That(takenEarly, Is.False, "never taken while being written");
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!tracker.IsFinished(file) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(200);
        }

        Assert.That(tracker.IsFinished(file), Is.True, "taken once finished");
        Assert.That(new FileInfo(file).Length, Is.EqualTo(8 * 4096));
    }

    [TestCase("~$申請書.docx", true)]
    [TestCase("scan.pdf.part", true)]
    [TestCase("upload.tmp", true)]
    [TestCase("Thumbs.db", true)]
    [TestCase(".DS_Store", true)]
    [TestCase(".hidden.pdf", true)]
    [TestCase("房屋稅 減免.pdf", false)]
    public void InboxFilter_IgnoresLockPartialAndSystemFiles(string name, bool ignored)
    {
        using var folder = new TempFolder();
        var file = folder.Write(name, [1]);

        Assert.That(InboxFileFilter.IsIgnored(file), Is.EqualTo(ignored));
    }
}
