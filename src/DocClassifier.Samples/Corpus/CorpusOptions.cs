namespace DocClassifier.Samples.Corpus;

// What a generated corpus holds besides the twelve classes' documents.
public sealed record CorpusOptions
{
    public static CorpusOptions Default { get; } = new();

    // Also write an out-of-scope/ folder of unrelated documents (OutOfScopeTemplate).
    public bool OutOfScope { get; init; }

    // Text-only corpora: write each text as OCR might read it (OcrNoise), not the ground truth.
    public bool OcrNoise { get; init; }
}
