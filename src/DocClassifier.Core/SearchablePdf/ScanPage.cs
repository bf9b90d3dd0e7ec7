using DocClassifier.Extraction;

namespace DocClassifier.SearchablePdf;

/// <summary>
/// One page of a searchable PDF: its size in points, its scan (none for a blank page) and where the scan lies on it
/// (points, origin bottom-left), and the lines read on the scan.
/// </summary>
internal sealed record ScanPage(double Width, double Height, PageImage? Image, PdfArea Placement, IReadOnlyList<OcrLine> Lines);
