namespace DocClassifier.Extraction;

/// <summary>Where a page's text came from.</summary>
public enum TextSource
{
    /// <summary>The PDF's own text layer, read without OCR.</summary>
    TextLayer,

    /// <summary>Tesseract OCR of the page image.</summary>
    Ocr,
}
