namespace DocClassifier.Extraction;

/// <summary>
/// A line (or table cell) OCR read, where it lies on the page image as the file holds it: the edges as shares of the
/// image's width and height (0-1, top-left origin), so that it can be placed on the page at any size.
/// </summary>
public sealed record OcrLine(string Text, double Left, double Top, double Width, double Height);
