namespace DocClassifier.Review;

/// <summary>A reviewer's spot-check: the label the model delivered the document under, and the one the reviewer gave.</summary>
public sealed record SpotCheckResult(string Id, string DeliveredAs, string Label)
{
    public bool Corrected => DeliveredAs != Label;
}
