using DocClassifier.Host.Service;

namespace DocClassifier.Tests.Intake;

/// <summary>When the inbox's next pass is due: half a second after the last began, sooner when a file's stability wait ends first.</summary>
[TestFixture]
public class InboxPassScheduleTests
{
    private static readonly DateTimeOffset Started = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    [TestCase(null, 40, 460, TestName = "No wait running: half a second after the pass began")]
    [TestCase(300, 40, 260, TestName = "A wait ends before then: the pass comes when it ends")]
    [TestCase(900, 40, 460, TestName = "A wait ends after the half second: the usual pass comes first")]
    [TestCase(50, 40, 60, TestName = "A wait ends right away: still a tenth of a second after the last pass began")]
    [TestCase(null, 700, 0, TestName = "A pass that took longer than the half second: the next at once")]
    public void TheNextPass_IsDue(int? dueAfterMilliseconds, int nowAfterMilliseconds, int expectedMilliseconds)
    {
        DateTimeOffset? due = dueAfterMilliseconds is { } d ? Started.AddMilliseconds(d) : null;

        var wait = InboxWatcher.UntilNextPass(Started, Started.AddMilliseconds(nowAfterMilliseconds), due);

        Assert.That(wait, Is.EqualTo(TimeSpan.FromMilliseconds(expectedMilliseconds)));
    }
}
