namespace DocClassifier.Extraction;

/// <summary>File formats told apart by their first bytes, never by their name.</summary>
public enum DocumentFormat
{
    Unknown,
    Pdf,
    Tiff,
    Jpeg,
    Png,
    Bmp,
}
