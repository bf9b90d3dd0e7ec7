using DocClassifier.Review;
using DocClassifier.Storage;

namespace DocClassifier.Tests.Review;

public sealed class ReviewStatisticsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public void TheAuditTrail_GivesOutcomesPerHour_TheAutomationRate_AndChangesPerClass()
    {
        AuditEntry[] audit =
        [
            new("a", Start.AddMinutes(5), "model:m@1", DocumentState.Processing, DocumentState.Delivered, null),
            new("b", Start.AddMinutes(10), "model:m@1", DocumentState.Processing, DocumentState.Delivered, null),
            new("c", Start.AddMinutes(20), "model:m@1", DocumentState.Processing, DocumentState.PendingReview, "low"),
            new("d", Start.AddMinutes(25), "model:m@1", DocumentState.Processing, DocumentState.PendingReview, "low"),
            new("c", Start.AddMinutes(70), "reviewer:rosa", DocumentState.PendingReview, DocumentState.Processing, "review decision: stamp-tax"),
            new("c", Start.AddMinutes(70), "reviewer:rosa", DocumentState.Processing, DocumentState.Delivered, "confirmed"),
            new("d", Start.AddMinutes(75), "reviewer:rosa", DocumentState.PendingReview, DocumentState.Processing, "review decision: deed-tax-declaration"),
            new("d", Start.AddMinutes(75), "reviewer:rosa", DocumentState.Processing, DocumentState.Delivered, "corrected from stamp-tax"),
            new("e", Start.AddMinutes(80), "system", DocumentState.Processing, DocumentState.Failed, "encrypted"),
        ];

        var statistics = ReviewStatistics.From(audit, Start, Start.AddHours(2));

        Assert.That(statistics.Hours.Select(h => (h.ByModel, h.ByReviewer, h.ToReview, h.Failed)), Is.EqualTo(new[] { (2, 0, 2, 0), (0, 2, 0, 1) }));
        Assert.That(statistics.Finished, Is.EqualTo(5), "a, b by the model; c, d to review; e failed");
        Assert.That(statistics.AutomationRate, Is.EqualTo(0.4));
        Assert.That(statistics.ReviewShare, Is.EqualTo(0.4));
        Assert.That(statistics.Corrections, Is.EqualTo(new[] { new ClassCorrections("stamp-tax", 1, 1) }));
        Assert.That(statistics.Corrections[0].ChangeRate, Is.EqualTo(0.5));
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
}
