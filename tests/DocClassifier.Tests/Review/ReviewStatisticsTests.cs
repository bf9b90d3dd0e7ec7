using DocClassifier.Review;
using DocClassifier.Storage;

namespace DocClassifier.Tests.Review;

public sealed class ReviewStatisticsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public void TheAuditTrail_GivesOutcomesPerHour_TheAutomationRate_AndChangesPerClass()
    {
        var audit = Trail("review decision: ", "confirmed", "corrected from ");
        var statistics = ReviewStatistics.From(audit, Start, Start.AddHours(2));

        Assert.That(statistics.Hours.Select(h => (h.ByModel, h.ByReviewer, h.ToReview, h.Failed)), Is.EqualTo(new[] { (2, 0, 2, 0), (0, 2, 0, 1) }));
        Assert.That(statistics.Finished, Is.EqualTo(5), "a, b by the model; c, d to review; e failed");
        Assert.That(statistics.AutomationRate, Is.EqualTo(0.4));
        Assert.That(statistics.ReviewShare, Is.EqualTo(0.4));
        Assert.That(statistics.Corrections, Is.EqualTo(new[] { new ClassCorrections("stamp-tax", 1, 1) }));
        Assert.That(statistics.Corrections[0].ChangeRate, Is.EqualTo(0.5));
    }

    [Test]
    public void RewordedAuditTexts_ChangeNoCount()
    {
        var statistics = ReviewStatistics.From(Trail("Entscheidung: ", "bestätigt", "korrigiert von "), Start, Start.AddHours(2));

        Assert.That((statistics.DeliveredByModel, statistics.DeliveredByReviewer, statistics.SentToReview, statistics.Failed), Is.EqualTo((2, 2, 2, 1)));
        Assert.That(statistics.Corrections, Is.EqualTo(new[] { new ClassCorrections("stamp-tax", 1, 1) }));
    }

    [Test]
    public void DocumentsWaitingForReview_CountAgainstTheAutomationRate()
    {
        // The page: 98 delivered by the model, 22 waiting for review, none decided yet. It said 100.0 %.
        var audit = Enumerable.Range(0, 120).Select(i => new AuditEntry(
            $"doc-{i}", Start.AddMinutes(i % 60), "model:m@1", DocumentState.Processing, i < 98 ? DocumentState.Delivered : DocumentState.PendingReview, null)).ToList();

        var statistics = ReviewStatistics.From(audit, Start, Start.AddHours(1));

        Assert.That(statistics.AutomationRate, Is.EqualTo(98 / 120.0).Within(1e-12));
        Assert.That(statistics.ReviewShare, Is.EqualTo(22 / 120.0).Within(1e-12));
    }

    [Test]
    public void NoDeliveries_MeanNoAutomationRate()
    {
        Assert.That(ReviewStatistics.From([], Start, Start.AddHours(1)).AutomationRate, Is.Null);
    }

    // Two documents delivered by the model, two sent to review and decided (c kept, d corrected), one failed; the texts are for people only.
    private static AuditEntry[] Trail(string decision, string confirmed, string corrected) =>
    [
        new("a", Start.AddMinutes(5), "model:m@1", DocumentState.Processing, DocumentState.Delivered, null) { ToLabel = "stamp-tax" },
        new("b", Start.AddMinutes(10), "model:m@1", DocumentState.Processing, DocumentState.Delivered, null) { ToLabel = "stamp-tax" },
        new("c", Start.AddMinutes(20), "model:m@1", DocumentState.Processing, DocumentState.PendingReview, "low") { ToLabel = "stamp-tax" },
        new("d", Start.AddMinutes(25), "model:m@1", DocumentState.Processing, DocumentState.PendingReview, "low") { ToLabel = "stamp-tax" },
        new("c", Start.AddMinutes(70), "reviewer:rosa", DocumentState.PendingReview, DocumentState.Decided, decision + "stamp-tax") { FromLabel = "stamp-tax", ToLabel = "stamp-tax" },
        new("c", Start.AddMinutes(70), "reviewer:rosa", DocumentState.Decided, DocumentState.Delivered, confirmed) { FromLabel = "stamp-tax", ToLabel = "stamp-tax" },
        new("d", Start.AddMinutes(75), "reviewer:rosa", DocumentState.PendingReview, DocumentState.Decided, decision + "deed-tax-declaration") { FromLabel = "stamp-tax", ToLabel = "deed-tax-declaration" },
        new("d", Start.AddMinutes(75), "reviewer:rosa", DocumentState.Decided, DocumentState.Delivered, corrected + "stamp-tax") { FromLabel = "deed-tax-declaration", ToLabel = "deed-tax-declaration" },
        new("e", Start.AddMinutes(80), "system", DocumentState.Processing, DocumentState.Failed, "encrypted"),
    ];
}
