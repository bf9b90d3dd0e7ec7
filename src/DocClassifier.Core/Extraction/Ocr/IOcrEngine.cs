namespace DocClassifier.Extraction.Ocr;

/// <summary>Recognises the text of one page image. Not thread-safe: one engine per thread.</summary>
internal interface IOcrEngine : IDisposable
{
    OcrResult Recognize(PreparedPage page, CancellationToken cancellationToken);
}
