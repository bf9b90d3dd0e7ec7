using DocClassifier.Classification;

namespace DocClassifier.Tests.Classification;

[TestFixture]
public class ThresholdSelectorTests
{
    [Test]
    public void Select_PicksTheLowestConfidenceAtWhichPrecisionMeetsTheTarget()
    {
        // Predicted "a": right at 0.99, 0.95, 0.9, 0.8; wrong at 0.7; right at 0.6.
        ScoredDocument[] heldOut =
        [
            new("a", "a", 0.99), new("a", "a", 0.95), new("a", "a", 0.90), new("a", "a", 0.80),
            new("b", "a", 0.70), new("a", "a", 0.60),
        ];

        var thresholds = ThresholdSelector.Select(heldOut, ["a", "b"], targetPrecision: 0.98);

        Assert.That(thresholds["a"], Is.EqualTo(0.80));
        Assert.That(thresholds["b"], Is.EqualTo(ThresholdSelector.Never), "a label never predicted is never delivered");
    }

    [Test]
    public void Select_NeverGoesBelowTheFloor()
    {
        ScoredDocument[] heldOut = [new("a", "a", 0.40), new("a", "a", 0.35)];

        Assert.That(ThresholdSelector.Select(heldOut, ["a"], 0.9)["a"], Is.EqualTo(ThresholdSelector.Floor));
    }

    [Test]
    public void Select_NeverDeliversALabelWhoseMostConfidentPredictionIsWrong()
    {
        ScoredDocument[] heldOut = [new("b", "a", 0.99), new("a", "a", 0.5)];

        Assert.That(ThresholdSelector.Select(heldOut, ["a"], 0.98)["a"], Is.EqualTo(ThresholdSelector.Never));
    }

    [Test]
    public void SelectGlobal_GivesEveryLabelTheOneConfidenceAtWhichAllPredictionsTogetherMeetTheTarget()
    {
        // Pooled, most confident first: a right, b right, a right, b wrong (0.7), a right.
        ScoredDocument[] heldOut = [new("a", "a", 0.95), new("b", "b", 0.9), new("a", "a", 0.8), new("a", "b", 0.7), new("a", "a", 0.6)];

        var thresholds = ThresholdSelector.SelectGlobal(heldOut, ["a", "b"], targetPrecision: 0.98);

        Assert.That(thresholds, Is.EquivalentTo(new Dictionary<string, double> { ["a"] = 0.8, ["b"] = 0.8 }));
    }
}
