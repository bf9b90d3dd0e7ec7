namespace DocClassifier.Learning;

/// <summary>How a labelled example reached the learning side.</summary>
public enum ExampleSource
{
    /// <summary>The model sent the document to review and a reviewer decided it: the documents the model finds hard. Trained on (all but a held-out slice).</summary>
    Review,

    /// <summary>
    /// The model delivered the document and a reviewer, checking a small random share of deliveries, confirmed or corrected
    /// its label: a sample of the documents that pass straight through. Never trained on; it judges challengers only.
    /// </summary>
    SpotCheck,
}
