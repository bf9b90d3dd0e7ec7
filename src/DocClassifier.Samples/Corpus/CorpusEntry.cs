namespace DocClassifier.Samples.Corpus;

// One row of labels.csv, plus the file's size for the summary.
public sealed record CorpusEntry(string File, string Label, SampleFormat Format, string Layout, int Pages, bool HasTitle, long Bytes)
{
    // Which template family made it (SampleDocument.Family) and its body typeface.
    public string Family { get; init; } = SampleDocument.HandWrittenFamily;

    public TypefaceStyle Face { get; init; }
}
