using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Processing;

/// <summary>The service and the evaluator route the same scores the same way: both ask the one policy.</summary>
public sealed class RoutingAgreementTests
{
    private const string Form = "房屋稅減免申請書 身分證統一編號 A123456789 申請日期 113年5月1日";

    // Each rule once: delivered, below the threshold, never delivered, out of scope, and no text however confident.
    // Thresholds as a card has them: at least ThresholdSelector.Floor.
    private static readonly (string Text, ClassificationResult Scores)[] Cases =
    [
        (Form, Scores("house-tax-relief", 0.95, 0.8)),
        (Form + " 第二份", Scores("house-tax-relief", 0.6, 0.8)),
        (Form + " 第三份", Scores("stamp-tax", 0.99, ThresholdSelector.Never)),
        ("Dear Sir, thank you for your letter about the delayed shipment of our goods.", Scores(OutOfScope.Label, 0.99, ThresholdSelector.Floor)),
        ("第 1 頁", Scores("house-tax-relief", 0.99, 0.5)),
    ];

    [Test]
    public void TheProcessor_AndTheEvaluator_DeliverExactlyWhatThePolicyDelivers()
    {
        using var folder = new TempFolder();
        var classifier = new ScriptedClassifier(Cases.ToDictionary(c => c.Text, c => c.Scores));
        var ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        var results = new FolderResultSink(Path.Combine(folder.Path, "results"));
        var work = new WorkStore(Path.Combine(folder.Path, "work"));
        var processor = new DocumentProcessor(
            ledger, new TextFileExtractor(), classifier, results, new FolderFailureSink(Path.Combine(folder.Path, "failed")), work, TimeProvider.System,
            new DecidedDocumentDelivery(ledger, results, work, Path.Combine(folder.Path, "examples")));

        var processed = Cases.Select((c, i) => Process(ledger, processor, folder, i, c.Text)).ToList();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var scored = ModelEvaluator.Score(classifier, Cases.Select(c => new LabeledText("test", c.Text, c.Scores.Label, string.Empty)));
        var policy = Cases.Select(c => ThresholdRoutingPolicy.Default.Decide(c.Scores, c.Text, [])).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(policy.Select(v => v.Decision), Is.EqualTo(new[] { RoutingDecision.Deliver, RoutingDecision.Review, RoutingDecision.Review, RoutingDecision.Review, RoutingDecision.Review }));
            Assert.That(processed.Select(p => p.Outcome == ProcessingOutcome.Delivered), Is.EqualTo(policy.Select(v => v.Decision == RoutingDecision.Deliver)), "the processor");
            Assert.That(processed.Select(p => p.Reason), Is.EqualTo(policy.Select(v => v.Reason)), "with the policy's reasons");
            Assert.That(
                scored.Select((s, i) => s.Confidence >= Cases[i].Scores.Threshold),
                Is.EqualTo(policy.Select(v => v.Decision == RoutingDecision.Deliver)),
                "the evaluator counts as automated what the policy delivers");
        });
    }

    private static (ProcessingOutcome Outcome, string? Reason) Process(SqliteDocumentLedger ledger, DocumentProcessor processor, TempFolder folder, int index, string text)
    {
        var id = Convert.ToHexStringLower(BitConverter.GetBytes((long)index + 1)) + new string('0', 48);
        var archive = folder.Write($"doc{index}.txt", System.Text.Encoding.UTF8.GetBytes(text));
        ledger.TryRecord(new NewDocument(id, $"doc{index}.png", "tests", DateTimeOffset.UtcNow, archive), "intake");
        var outcome = processor.Process(id);
        return (outcome, outcome == ProcessingOutcome.PendingReview ? ledger.Find(id)!.Detail : null);
    }

    private static ClassificationResult Scores(string label, double confidence, double threshold) =>
        new(label, confidence, [new LabelScore(label, confidence)], threshold, 0.98, "scripted@1");
}
