namespace DocClassifier.Samples.Corpus;

// One generated document before it is written to a file. Format is the format it is written in
// by CorpusGenerator.Generate; GenerateText writes the same pages as text.
public sealed record SampleDocument(
    string Label,
    int Index,
    string Layout,
    SampleFormat Format,
    bool HasTitle,
    IReadOnlyList<PageContent> Pages,
    string Bureau,
    string Signer,
    DateOnly Date)
{
    // The exact ground truth of all pages, pages separated by an empty line.
    public string Text => string.Join("\n\n", Pages.Select(p => p.GroundTruth));

    // Page index of the class's own page (after an optional cover page).
    public int MainPage { get; init; }

    public const string HandWrittenFamily = "hand-written";
    public const string ComposedFamily = "composed";
    public const string OutOfScopeFamily = "out-of-scope";

    // Which template made it: the class's hand-written one, the layouts composed from shared parts
    // (ComposedTemplate), or the unrelated documents of the out-of-scope class. With Layout it
    // names the template a leave-one-template-out evaluation holds out.
    public string Family { get; init; } = HandWrittenFamily;

    // The typeface of the body text.
    public TypefaceStyle Face { get; init; }

    // The text as OCR might read it from a scan of this document (OcrNoise), the same every time.
    public string NoisyText => OcrNoise.Apply(Text, new Random(NoiseSeed));

    internal int NoiseSeed { get; init; }

    // Seed of the scan stream: skew, noise, stamps and scribbles, none of which changes the text.
    internal int ScanSeed { get; init; }
}
