using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Prepares a page image and reads it with an engine borrowed from the pool: chi_tra alone reads Chinese
/// forms best, eng reads English pages best. A page without a ruled table is first told apart by a strip
/// of it (<see cref="ScriptProbe"/>): a Latin-script page is read once, with the fallback languages. Any
/// other page is read with the primary languages, and one that comes back with next to no Chinese is read
/// again with the fallback languages, the reading Tesseract is more confident of winning.
/// </summary>
internal sealed class PageRecognizer(IPagePreprocessor preprocessor, OcrEnginePool primary, OcrEnginePool? fallback)
{
    private const double MaxCjkShareForFallback = 0.1;
    private const int MinLettersForFallback = 20;

    public ExtractedPage Recognize(Pix page, int number, CancellationToken cancellationToken)
    {
        using var prepared = preprocessor.Prepare(page);
        OcrResult result;
        if (fallback is not null && LooksLatin(prepared, cancellationToken))
        {
            result = Read(fallback, prepared, cancellationToken);
        }
        else
        {
            result = Read(primary, prepared, cancellationToken);
            if (fallback is not null && LooksNonChinese(result.Text))
            {
                var second = Read(fallback, prepared, cancellationToken);
                result = second.MeanConfidence > result.MeanConfidence ? second : result;
            }
        }

        return new ExtractedPage(
            number, result.Text, TextNormalizer.Normalize(result.Text), TextSource.Ocr, result.MeanConfidence, prepared.Image.Resolution)
        {
            Lines = LinePlacement.OnSource(prepared, result.Lines),
        };
    }

    private static OcrResult Read(OcrEnginePool pool, PreparedPage page, CancellationToken cancellationToken)
    {
        using var lease = pool.Rent(cancellationToken);
        return lease.Engine.Recognize(page, cancellationToken);
    }

    // A page with a ruled table is taken for a form and read with the primary languages straight away. A short strip
    // decides when it is clearly Latin or clearly Chinese; otherwise a tenth of the page does.
    private bool LooksLatin(PreparedPage prepared, CancellationToken cancellationToken)
    {
        if (prepared.Cells.Count > 0 || ScriptProbe.Strip(prepared, @short: true) is not { } strip)
        {
            return false;
        }

        var text = ReadStrip(prepared, strip, cancellationToken);
        if (ScriptProbe.IsLatin(text) || ScriptProbe.IsChinese(text))
        {
            return ScriptProbe.IsLatin(text);
        }

        var tenth = ScriptProbe.Strip(prepared)!.Value;
        return tenth != strip && ScriptProbe.IsLatin(ReadStrip(prepared, tenth, cancellationToken));
    }

    private string ReadStrip(PreparedPage prepared, PixelRect strip, CancellationToken cancellationToken)
    {
        using var probe = ScriptProbe.Cut(prepared, strip);
        return Read(primary, probe, cancellationToken).Text;
    }

    private static bool LooksNonChinese(string text)
    {
        var letters = text.Count(char.IsLetter);
        var cjk = text.Count(c => c is >= '\u3400' and <= '\u9FFF');
        return letters >= MinLettersForFallback && cjk < letters * MaxCjkShareForFallback;
    }
}
