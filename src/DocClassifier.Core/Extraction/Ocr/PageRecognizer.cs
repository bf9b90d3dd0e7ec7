using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Prepares a page image and reads it with an engine borrowed from the pool. A page that comes back
/// with next to no Chinese is read again with the fallback languages (English), and the reading
/// Tesseract is more confident of wins: chi_tra alone reads Chinese forms best, eng reads English pages best.
/// </summary>
internal sealed class PageRecognizer(IPagePreprocessor preprocessor, OcrEnginePool primary, OcrEnginePool? fallback)
{
    private const double MaxCjkShareForFallback = 0.1;
    private const int MinLettersForFallback = 20;

    public ExtractedPage Recognize(Pix page, int number, CancellationToken cancellationToken)
    {
        using var prepared = preprocessor.Prepare(page);
        var result = Read(primary, prepared, cancellationToken);
        if (fallback is not null && LooksNonChinese(result.Text))
        {
            var second = Read(fallback, prepared, cancellationToken);
            result = second.MeanConfidence > result.MeanConfidence ? second : result;
        }

        return new ExtractedPage(
            number, result.Text, TextNormalizer.Normalize(result.Text), TextSource.Ocr, result.MeanConfidence, prepared.Image.Resolution);
    }

    private static OcrResult Read(OcrEnginePool pool, PreparedPage page, CancellationToken cancellationToken)
    {
        using var lease = pool.Rent(cancellationToken);
        return lease.Engine.Recognize(page, cancellationToken);
    }

    private static bool LooksNonChinese(string text)
    {
        var letters = text.Count(char.IsLetter);
        var cjk = text.Count(c => c is >= '\u3400' and <= '\u9FFF');
        return letters >= MinLettersForFallback && cjk < letters * MaxCjkShareForFallback;
    }
}
