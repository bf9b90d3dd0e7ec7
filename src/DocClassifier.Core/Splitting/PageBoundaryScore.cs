namespace DocClassifier.Splitting;

/// <summary>The page model's output row: the calibrated probability that the page begins a document.</summary>
public sealed class PageBoundaryScore
{
    public float Probability { get; set; }
}
