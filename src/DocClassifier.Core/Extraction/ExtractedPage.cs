namespace DocClassifier.Extraction;

/// <summary>One page's text and how it was obtained.</summary>
/// <param name="Number">1-based page number within the file.</param>
/// <param name="RawText">Text as the text layer or OCR produced it.</param>
/// <param name="Text">The same text after NFKC normalisation and whitespace tidying.</param>
/// <param name="Source">Text layer or OCR.</param>
/// <param name="OcrConfidence">Tesseract's mean word confidence (0-100); null for text-layer pages.</param>
/// <param name="Resolution">Pixels per inch of the image OCR saw (after any upscaling); null for text-layer pages.</param>
public sealed record ExtractedPage(
    int Number,
    string RawText,
    string Text,
    TextSource Source,
    int? OcrConfidence,
    int? Resolution)
{
    /// <summary>The lines OCR read and where they lie on the page image (for a searchable PDF); null for text-layer pages.</summary>
    public IReadOnlyList<OcrLine>? Lines { get; init; }
}
