namespace DocClassifier.SearchablePdf;

/// <summary>A rectangle on a PDF page, in points, origin bottom-left.</summary>
internal readonly record struct PdfArea(double X, double Y, double Width, double Height);
