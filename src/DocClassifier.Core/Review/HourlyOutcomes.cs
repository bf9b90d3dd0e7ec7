namespace DocClassifier.Review;

/// <summary>Outcomes within one hour: delivered by the model, delivered by a reviewer, sent to review, failed.</summary>
public sealed record HourlyOutcomes(DateTimeOffset Hour, int ByModel, int ByReviewer, int ToReview, int Failed)
{
    public int Total => ByModel + ByReviewer + ToReview + Failed;
}
