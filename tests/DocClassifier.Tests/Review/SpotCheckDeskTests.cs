using DocClassifier.Learning;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Storage;
using DocClassifier.Tests.Processing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Review;

/// <summary>
/// A share of the model's deliveries waits for a reviewer's spot-check; a confirmation is kept to judge challengers, a
/// correction is delivered again under the right label and becomes a reviewed example.
/// </summary>
[TestFixture]
public class SpotCheckDeskTests
{
    private static byte[] BornDigital => File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf));

    [Test]
    public void TheShare_IsChosenByTheIdsLastDigits()
    {
        var low = new string('a', 60) + "0063"; // 99 of 10,000
        var high = new string('a', 60) + "03e8"; // 1,000 of 10,000
        Assert.Multiple(() =>
        {
            Assert.That(SpotCheckSample.IsChosen(low, 1), Is.True);
            Assert.That(SpotCheckSample.IsChosen(high, 10), Is.False, "10 % is 0-999");
            Assert.That(SpotCheckSample.IsChosen(high, 10.01), Is.True);
            Assert.That(SpotCheckSample.IsChosen(low, 0), Is.False, "0 % spot-checks nothing");
            Assert.That(SpotCheckSample.IsChosen("not an id", 100), Is.False);
        });
    }

    [Test]
    public void AConfidentDelivery_WaitsForASpotCheck_AndADocumentSentToReviewDoesNot()
    {
        using var delivered = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.99), spotCheckPercent: 100);
        using var reviewed = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.4), spotCheckPercent: 100);
        using var none = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.99));
        var id = delivered.Drop("letter.pdf", BornDigital);
        var otherId = reviewed.Drop("letter.pdf", BornDigital);
        var noneId = none.Drop("letter.pdf", BornDigital);

        Assert.Multiple(() =>
        {
            Assert.That(delivered.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered));
            Assert.That(reviewed.Processor.Process(otherId), Is.EqualTo(ProcessingOutcome.PendingReview));
            Assert.That(none.Processor.Process(noneId), Is.EqualTo(ProcessingOutcome.Delivered));
        });
        Assert.Multiple(() =>
        {
            Assert.That(delivered.SpotCheckDesk.Next(), Is.EqualTo(delivered.SpotChecks.Find(id)).And.Not.Null);
            Assert.That(delivered.SpotChecks.Find(id)!.Label, Is.EqualTo("house-tax-relief"));
            Assert.That(reviewed.SpotCheckDesk.Next(), Is.Null, "a reviewer decides it anyway");
            Assert.That(none.SpotCheckDesk.Waiting, Is.Zero, "with a share of 0 nothing is spot-checked");
        });
    }

    [Test]
    public void AConfirmation_IsKeptAsASpotCheckedExample_AndLeavesTheDeliveryAlone()
    {
        using var world = Delivered(out var id);
        var json = Path.Combine(world.Results, "house-tax-relief", id + ".json");
        var before = File.ReadAllText(json);

        var result = world.SpotCheckDesk.Decide(id, "house-tax-relief", "anna");

        Assert.Multiple(() =>
        {
            Assert.That(result.Corrected, Is.False);
            Assert.That(world.SpotCheckDesk.Waiting, Is.Zero);
            Assert.That(world.SpotCheckDesk.Tally(), Is.EqualTo((1, 0)));
            Assert.That(ReviewedExamples.Load(world.Examples, ExampleSource.SpotCheck).Select(e => (e.ContentHash, e.Label)), Is.EqualTo(new[] { (id, "house-tax-relief") }));
            Assert.That(ReviewedExamples.Load(world.Examples), Is.Empty, "a confirmation is not a reviewed example to train on");
            Assert.That(File.ReadAllText(json), Is.EqualTo(before));
            Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.Delivered));
            Assert.That(world.Ledger.History(id)[^1].Detail, Is.EqualTo("spot-check: confirmed"));
            Assert.That(world.Ledger.History(id)[^1].Actor, Is.EqualTo("reviewer:anna"));
            Assert.That(world.Ledger.History(id)[^1].Action, Is.EqualTo(AuditAction.Changed), "a confirmation delivers nothing");
            Assert.That(ReviewStatistics.From(world.Ledger.AuditSince(DateTimeOffset.MinValue), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMinutes(1)).DeliveredByReviewer, Is.Zero, "so the statistics count no delivery by a reviewer");
        });
    }

    [Test]
    public void ACorrection_DeliversTheDocumentAgainUnderTheRightLabel_AndMakesItAReviewedExample()
    {
        using var world = Delivered(out var id);

        var result = world.SpotCheckDesk.Decide(id, "stamp-tax", "anna");

        var document = world.Ledger.Find(id)!;
        var json = Path.Combine(world.Results, "stamp-tax", id + ".json");
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new SpotCheckResult(id, "house-tax-relief", "stamp-tax")));
            Assert.That(result.Corrected, Is.True);
            Assert.That((document.State, document.Label), Is.EqualTo((DocumentState.Delivered, "stamp-tax")));
            Assert.That(File.Exists(json), Is.True, "delivered again under the right label");
            Assert.That(File.ReadAllText(json), Does.Contain("reviewer:anna"));
            Assert.That(world.Ledger.History(id).Select(e => e.Detail), Does.Contain("spot-check: corrected from house-tax-relief"));
            Assert.That(ReviewedExamples.Load(world.Examples).Select(e => (e.ContentHash, e.Label)), Is.EqualTo(new[] { (id, "stamp-tax") }), "trained on like a review decision");
            Assert.That(ReviewedExamples.Load(world.Examples, ExampleSource.SpotCheck).Select(e => e.ContentHash), Is.EqualTo(new[] { id }));
            Assert.That(world.SpotCheckDesk.Tally(), Is.EqualTo((1, 1)), "one answered, and it corrected the model");
        });
    }

    [Test]
    public void ASpotCheck_IsAnsweredOnce_WithAKnownLabel()
    {
        using var world = Delivered(out var id);

        var unknown = Assert.Throws<ReviewException>(() => world.SpotCheckDesk.Decide(id, "no-such-label", "anna"))!;
        world.SpotCheckDesk.Decide(id, "stamp-tax", "anna");
        var again = Assert.Throws<ReviewException>(() => world.SpotCheckDesk.Decide(id, "house-tax-relief", "bert"))!;

        Assert.Multiple(() =>
        {
            Assert.That(unknown.Problem, Is.EqualTo(ReviewProblem.Invalid));
            Assert.That(unknown.Message, Does.Contain("house-tax-relief"), "the message names the known labels");
            Assert.That(again.Problem, Is.EqualTo(ReviewProblem.NotFound));
            Assert.That(world.Ledger.Find(id)!.Label, Is.EqualTo("stamp-tax"), "the first answer stands");
        });
    }

    [Test]
    public void ASpotCheckWhoseDocumentCanNeverBeChecked_LeavesTheQueue_AndTheNextOneIsOffered()
    {
        using var world = Delivered(out var id);
        var gone = new string('0', 60) + "0001";
        world.SpotChecks.Offer(gone, "stamp-tax"); // a document the ledger does not know
        File.SetLastWriteTimeUtc(Path.Combine(world.WorkFolder, "spot-checks", gone + ".txt"), DateTime.UtcNow.AddHours(-1));

        var next = world.SpotCheckDesk.Next();

        Assert.Multiple(() =>
        {
            Assert.That(next?.Id, Is.EqualTo(id));
            Assert.That(world.SpotChecks.Find(gone), Is.Null, "taken off the queue");
            Assert.That(world.SpotCheckDesk.Waiting, Is.EqualTo(1));
        });
    }

    private static ProcessingWorld Delivered(out string id)
    {
        var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.99), spotCheckPercent: 100);
        id = world.Drop("letter.pdf", BornDigital);
        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered));
        return world;
    }
}
