namespace DocClassifier.Extraction;

/// <summary>
/// Machine-readable reasons why a file could not be extracted; all are deterministic (retrying will not help), and
/// <see cref="ReadingInterrupted"/> is given only after the reading was retried and killed its process each time.
/// </summary>
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
    ReadingInterrupted,
}
