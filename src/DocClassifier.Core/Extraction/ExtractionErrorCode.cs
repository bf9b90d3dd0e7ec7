namespace DocClassifier.Extraction;

/// <summary>Machine-readable reasons why a file could not be extracted; all are deterministic (retrying will not help).</summary>
public enum ExtractionErrorCode
{
    FileNotFound,
    EmptyFile,
    FileTooLarge,
    UnsupportedFormat,
    ContentMismatch,
    CorruptFile,
    Encrypted,
    NoPages,
    TooManyPages,
    ImageTooLarge,
    UnsupportedImageEncoding,
}
