namespace DocClassifier.Extraction.Ocr;

/// <summary>Text recognised on one image and Tesseract's mean word confidence (0-100).</summary>
public sealed record OcrResult(string Text, int MeanConfidence);
