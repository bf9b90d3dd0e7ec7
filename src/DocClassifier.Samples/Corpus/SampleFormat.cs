namespace DocClassifier.Samples.Corpus;

// How a document arrives. Shares follow a real inbox: a quarter born-digital, the rest scans.
public enum SampleFormat
{
    DigitalPdf,
    ScannedPdf,
    Tiff,
    Jpeg,
    Png,
    Text,
}
