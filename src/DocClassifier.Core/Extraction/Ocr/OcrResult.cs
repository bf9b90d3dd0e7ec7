namespace DocClassifier.Extraction.Ocr;

/// <summary>Text recognised on one image and Tesseract's mean word confidence (0-100).</summary>
public sealed record OcrResult(string Text, int MeanConfidence)
{
    /// <summary>The lines and cells the text was made of, where each lies on the image that was read.</summary>
    internal IReadOnlyList<TextPiece> Lines { get; init; } = [];
}
