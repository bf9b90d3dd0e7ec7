using DocClassifier.Processing;
using DocClassifier.Tests.Processing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Review;

[TestFixture]
public class ReviewDeskTests
{
    private static byte[] BornDigital => File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf));

    [Test]
    public void MovingTheClock_EndsAClaimsLease_AndStampsTheDecisionWithThatClock()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.4), clock: clock);
        var id = world.Drop("letter.pdf", BornDigital);
        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.PendingReview));

        Assert.That(world.Desk.Next("anna")!.Id, Is.EqualTo(id));
        clock.Advance(world.Desk.ClaimLease - TimeSpan.FromMinutes(1));
        Assert.That(world.Desk.Next("bert"), Is.Null, "anna's lease still runs");
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.That(world.Desk.Next("bert")!.ClaimedBy, Is.EqualTo("bert"), "her lease ran out on the desk's clock");

        world.Desk.Decide(id, "stamp-tax", "bert");

        var decision = world.Ledger.History(id).Single(e => e.Action == DocClassifier.Storage.AuditAction.Decided);
        Assert.That(decision.At, Is.EqualTo(clock.GetUtcNow()));
        Assert.That(File.ReadAllText(Path.Combine(world.Results, "stamp-tax", id + ".json")), Does.Contain("2026-11-02T09:11:00"), "the result says the same time");
    }

    [Test]
    public void Processing_DoesNotReferenceReview()
    {
        var folder = Path.Combine(RepositoryCopy.SourceRoot(), "src", "DocClassifier.Core", "Processing");
        var offenders = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("DocClassifier.Review", StringComparison.Ordinal) || File.ReadAllText(f).Contains("ReviewDesk", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.That(offenders, Is.Empty, "a decided document is delivered by Processing's own step");
        Assert.That(typeof(DocumentProcessor).GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType.Namespace), Has.None.EqualTo("DocClassifier.Review"));
    }
}
