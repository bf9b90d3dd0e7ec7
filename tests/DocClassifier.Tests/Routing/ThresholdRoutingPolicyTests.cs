using DocClassifier.Classification;
using DocClassifier.Fields;
using DocClassifier.Routing;

namespace DocClassifier.Tests.Routing;

/// <summary>The one routing policy: each rule sends a document to review with its own reason; everything else is delivered.</summary>
public sealed class ThresholdRoutingPolicyTests
{
    private const string Text = "房屋稅減免申請書 身分證統一編號 A123456789";

    private static readonly IReadOnlyList<ExtractedField> Fields = FieldExtractors.ExtractAll([Text]);

    [Test]
    public void AConfidentLabel_WithItsFields_IsDelivered()
    {
        var verdict = Policy().Decide(Scores(0.95), Text, Fields);

        Assert.That(verdict, Is.EqualTo(RoutingVerdict.Deliver));
    }

    [TestCase("")]
    [TestCase("第 1 頁")]
    public void NoReadableText_GoesToReview_WhateverTheConfidence(string text)
    {
        var verdict = Policy().Decide(Scores(0.99), text, []);

        Assert.That(verdict, Is.EqualTo(RoutingVerdict.Review(ThresholdRoutingPolicy.NoTextReason, whateverTheConfidence: true)));
    }

    [Test]
    public void OutOfScope_GoesToReview_HoweverConfident()
    {
        var verdict = Policy().Decide(Scores(0.99, label: OutOfScope.Label, threshold: 0), Text, Fields);

        Assert.That(verdict, Is.EqualTo(RoutingVerdict.Review(OutOfScope.Reason, whateverTheConfidence: true)));
    }

    [Test]
    public void ALabelTheModelNeverDelivers_GoesToReview_SayingWhy()
    {
        var verdict = Policy().Decide(Scores(1.0, threshold: ThresholdSelector.Never), Text, Fields);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Decision, Is.EqualTo(RoutingDecision.Review));
            Assert.That(verdict.Reason, Does.StartWith("The model never delivers 'house-tax-relief' without review"));
            Assert.That(verdict.WhateverTheConfidence, Is.False);
        });
    }

    [Test]
    public void ConfidenceBelowTheThreshold_GoesToReview_WithBothNumbers()
    {
        var verdict = Policy().Decide(Scores(0.61, threshold: 0.8), Text, Fields);

        Assert.That(verdict, Is.EqualTo(RoutingVerdict.Review("Confidence 0.61 is below the threshold 0.80 for 'house-tax-relief'.")));
    }

    [Test]
    public void AtTheThreshold_IsDelivered() =>
        Assert.That(Policy().Decide(Scores(0.8, threshold: 0.8), Text, Fields).Decision, Is.EqualTo(RoutingDecision.Deliver));

    [Test]
    public void AMissingRequiredField_GoesToReview_HoweverConfident()
    {
        var verdict = Policy().Decide(Scores(0.99), Text, Fields);
        var withoutFieldRules = ThresholdRoutingPolicy.Default.Decide(Scores(0.99), Text, Fields);

        Assert.Multiple(() =>
        {
            Assert.That(Policy(["nationalId", "vehiclePlate"]).Decide(Scores(0.99), Text, Fields),
                Is.EqualTo(RoutingVerdict.Review("Required fields for 'house-tax-relief': vehiclePlate is missing.", whateverTheConfidence: true)));
            Assert.That(verdict.Decision, Is.EqualTo(RoutingDecision.Deliver), "its national id is there");
            Assert.That(withoutFieldRules.Decision, Is.EqualTo(RoutingDecision.Deliver));
        });
    }

    [Test]
    public void TheRules_AreTriedInOrder_TheFirstThatHoldsGivesTheReason()
    {
        var blankAndUnsure = Policy(["vehiclePlate"]).Decide(Scores(0.1, label: OutOfScope.Label), string.Empty, []);
        var unsureAndMissing = Policy(["vehiclePlate"]).Decide(Scores(0.1), Text, Fields);

        Assert.Multiple(() =>
        {
            Assert.That(blankAndUnsure.Reason, Is.EqualTo(ThresholdRoutingPolicy.NoTextReason));
            Assert.That(unsureAndMissing.Reason, Does.StartWith("Confidence 0.10 is below"));
        });
    }

    private static ThresholdRoutingPolicy Policy(string[]? required = null) =>
        new(new FieldRequirements(new Dictionary<string, string[]> { ["house-tax-relief"] = required ?? ["nationalId"] }));

    private static ClassificationResult Scores(double confidence, string label = "house-tax-relief", double threshold = 0.8) =>
        new(label, confidence, [new LabelScore(label, confidence)], threshold, 0.98, "test@1");
}
