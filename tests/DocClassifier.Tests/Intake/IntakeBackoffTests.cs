using DocClassifier.Intake;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Intake;

[TestFixture]
public class IntakeBackoffTests
{
    [Test]
    public void AFileThatCannotBeTaken_IsReportedOnce_AndTriedAgainLessAndLessOften()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var backoff = new IntakeBackoff(clock);

        var reports = new[] { backoff.Failed("a"), backoff.Failed("a"), backoff.Failed("a") };

        Assert.That(reports, Is.EqualTo(new[] { true, false, false }), "reported on the first failure only");
        clock.Advance(TimeSpan.FromSeconds(19));
        Assert.That(backoff.IsDue("a"), Is.False, "the third failure waits 5 s x 4");
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(backoff.IsDue("a"), Is.True);
        Assert.That(backoff.IsDue("b"), Is.True, "a file that never failed is always due");
    }

    [Test]
    public void TheDelay_StopsGrowingAtFiveMinutes_AndAFileTakenOrGoneIsForgotten()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var backoff = new IntakeBackoff(clock);
        for (var i = 0; i < 40; i++)
        {
            backoff.Failed("a");
        }

        backoff.Failed("b");
        clock.Advance(IntakeBackoff.MaxDelay);

        Assert.That(backoff.IsDue("a"), Is.True);
        Assert.That(backoff.Forget("a"), Is.True, "it had failed");
        backoff.KeepOnly(new HashSet<string>());
        Assert.That(backoff.Count, Is.Zero, "only files still in the inbox are held");
    }
}
