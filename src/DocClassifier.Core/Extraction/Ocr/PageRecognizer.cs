using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Prepares a page image and reads it with an engine borrowed from the pool: the primary languages (chi_tra with the
/// Han script model) read Chinese pages best, eng reads English pages best. A page without a ruled table is first told apart by a strip
/// of it (<see cref="ScriptProbe"/>): a Latin-script page is read once, with the fallback languages, at the scale
/// Latin letters need (<see cref="LatinScale"/>), which is smaller than the one small Chinese text is prepared at
/// (and again with the primary languages only when that reading is unsure of itself: the probe was fooled). Any
/// other page is read with the primary languages, and one that comes back with next to no Chinese is read
/// again with the fallback languages, the reading Tesseract is more confident of winning. A page read with little confidence
/// may lie turned (scanned sideways or upside down): when the orientation detector says so, it is turned upright, prepared
/// and read again, and that reading is kept when it is clearly the more confident.
/// </summary>
internal sealed class PageRecognizer(IPagePreprocessor preprocessor, OcrEnginePool primary, OcrEnginePool? fallback, IOrientationDetector? orientation = null)
{
    private const double MaxCjkShareForFallback = 0.1;
    private const int MinLettersForFallback = 20;

    // A Latin page's reading is at least this sure of itself (SROIE receipts 67-83, English pages at 100 dpi 85-90); Chinese
    // pages read with the Latin model come back at 22-44.
    private const int MinLatinPageConfidence = 55;

    // A page read with less confidence than this, or read down the page (DownwardLines), is asked which way up it lies.
    // Upright pages of our sets read at 65 and more (the 90 held-out Chinese pages), 73 and more (a quarter of outside sets
    // A-C); SROIE receipts and the photos at 39-83. Turned pages read at 5-34, or, turned a quarter clockwise, down the page at
    // 82-90: Tesseract takes their lines for columns of vertical writing.
    private const int MaxConfidenceOfATurnedPage = 50;

    // The detector's confidence in a turn for the page to be read again (on 30 turned held-out pages 2.8-41; its wrong turns
    // of upright receipts 0-4.8, and the turned reading must win below).
    private const float MinTurnConfidence = 2;

    // The reading of the page turned upright is kept when it is at least this much more confident than the first; one turned
    // from a reading down the page, when it reads across and is at most this much less confident (both read the characters).
    private const int MinTurnedConfidenceGain = 15;
    private const int MaxTurnedConfidenceLoss = 5;

    public ExtractedPage Recognize(Pix page, int number, CancellationToken cancellationToken)
    {
        using var prepared = preprocessor.Prepare(page);
        var (result, read) = Recognize(prepared, cancellationToken);
        using (ReferenceEquals(read, prepared) ? null : read)
        {
            if ((result.MeanConfidence < MaxConfidenceOfATurnedPage || DownwardLines.ReadDown(result.Lines))
                && ReadTurned(page, prepared, result, number, cancellationToken) is { } turned)
            {
                return turned;
            }

            return Page(number, result, read, LinePlacement.OnSource(read, result.Lines));
        }
    }

    private static ExtractedPage Page(int number, OcrResult result, PreparedPage read, IReadOnlyList<OcrLine> lines) =>
        new(number, result.Text, TextNormalizer.Normalize(result.Text), TextSource.Ocr, result.MeanConfidence, read.Image.Resolution) { Lines = lines };

    // The page turned the way the detector says makes it upright, read as any page is; null when the detector sees no turn,
    // or the turned page reads no better.
    private ExtractedPage? ReadTurned(Pix page, PreparedPage prepared, OcrResult first, int number, CancellationToken cancellationToken)
    {
        if (orientation?.Detect(prepared.Image) is not { QuarterTurns: > 0 } turn || turn.Confidence < MinTurnConfidence)
        {
            return null;
        }

        using var upright = QuarterTurns.Turn(page, turn.QuarterTurns);
        using var uprightPrepared = preprocessor.Prepare(upright);
        var (result, read) = Recognize(uprightPrepared, cancellationToken);
        using (ReferenceEquals(read, uprightPrepared) ? null : read)
        {
            var better = result.MeanConfidence >= first.MeanConfidence + MinTurnedConfidenceGain
                || (DownwardLines.ReadDown(first.Lines) && !DownwardLines.ReadDown(result.Lines) && result.MeanConfidence >= first.MeanConfidence - MaxTurnedConfidenceLoss);
            return better ? Page(number, result, read, QuarterTurns.Back(LinePlacement.OnSource(read, result.Lines), turn.QuarterTurns)) : null;
        }
    }

    // The reading kept, and the page it was read on (the prepared page, or its copy at the Latin scale).
    private (OcrResult Result, PreparedPage Read) Recognize(PreparedPage prepared, CancellationToken cancellationToken)
    {
        // The primary model's reading of each probe strip, kept: the check of an unsure Latin reading may look at a strip the
        // probe has read already.
        var primaryStrips = new Dictionary<PixelRect, string>();
        string ReadPrimaryStrip(PixelRect strip) => primaryStrips.TryGetValue(strip, out var text)
            ? text
            : primaryStrips[strip] = ReadStrip(primary, prepared, strip, cancellationToken).Text;

        if (fallback is not null && LooksLatin(prepared, ReadPrimaryStrip, cancellationToken))
        {
            var (latin, latinPage) = ReadLatin(prepared, cancellationToken);
            if (latin.MeanConfidence >= MinLatinPageConfidence)
            {
                return (latin, latinPage);
            }

            // The probe can be fooled: on a skewed fax the Latin model read a strip of table rules and Chinese as `eee`,
            // `REAR`, `BRR` with confidence 63, and the whole page came back as Latin scraps; on a printed e-mail the band
            // nearest the middle was its URL footer. A Latin reading that unsure of itself is checked: when the primary model
            // reads the tenth of the page, or else a tenth of its tallest band (the body of text), as Chinese words, the
            // page is read with it too, and that reading is kept when it is Chinese and more confident. (A poor receipt
            // costs a tenth's read or two.)
            PixelRect?[] tenths = [ScriptProbe.Strip(prepared), ScriptProbe.Strip(prepared, tallest: true)];
            if (!tenths.OfType<PixelRect>().Distinct().Any(t => ScriptProbe.HoldsChinese(ReadPrimaryStrip(t))))
            {
                return (latin, latinPage);
            }

            var chinese = Read(primary, prepared, cancellationToken);
            if (LooksNonChinese(chinese.Text) || chinese.MeanConfidence <= latin.MeanConfidence)
            {
                return (latin, latinPage);
            }

            if (!ReferenceEquals(latinPage, prepared))
            {
                latinPage.Dispose();
            }

            return (chinese, prepared);
        }

        var result = Read(primary, prepared, cancellationToken);
        if (fallback is null || !LooksNonChinese(result.Text))
        {
            return (result, prepared);
        }

        var (second, page) = ReadLatin(prepared, cancellationToken);
        if (second.MeanConfidence > result.MeanConfidence)
        {
            return (second, page);
        }

        if (!ReferenceEquals(page, prepared))
        {
            page.Dispose();
        }

        return (result, prepared);
    }

    // A Latin reading, at the Latin scale when the page was scaled up beyond it (LatinScale).
    private (OcrResult Result, PreparedPage Read) ReadLatin(PreparedPage prepared, CancellationToken cancellationToken)
    {
        var page = LatinScale.For(prepared) ?? prepared;
        try
        {
            return (Read(fallback!, page, cancellationToken), page);
        }
        catch
        {
            if (!ReferenceEquals(page, prepared))
            {
                page.Dispose();
            }

            throw;
        }
    }

    private static OcrResult Read(OcrEnginePool pool, PreparedPage page, CancellationToken cancellationToken)
    {
        using var lease = pool.Rent(cancellationToken);
        return lease.Engine.Recognize(page, cancellationToken);
    }

    // A page with a ruled table is taken for a form and read with the primary languages straight away. A short strip
    // decides when the Latin model reads it confidently, or when the primary reads it clearly Latin or clearly Chinese;
    // otherwise a tenth of the page does, the same way.
    private bool LooksLatin(PreparedPage prepared, Func<PixelRect, string> readPrimaryStrip, CancellationToken cancellationToken)
    {
        if (prepared.Cells.Count > 0 || ScriptProbe.Strip(prepared, @short: true) is not { } strip)
        {
            return false;
        }

        // The Latin model reads a Latin strip in a fraction of the time the Chinese one takes, and reads Chinese with little confidence.
        var latin = ReadStrip(fallback!, prepared, strip, cancellationToken);
        if (ScriptProbe.IsConfidentLatin(latin))
        {
            return true;
        }

        // A strip the Latin model reads confidently but with few letters (a receipt's amounts, a short line) tells nothing: the
        // Chinese model makes characters of such a strip's marks, so the tenth of the page decides.
        if (!ScriptProbe.IsConfidentWithFewLetters(latin))
        {
            var text = readPrimaryStrip(strip);
            if (ScriptProbe.IsLatin(text) || ScriptProbe.IsChinese(text))
            {
                return ScriptProbe.IsLatin(text);
            }
        }

        // An unclear strip (a receipt's noise read as Chinese characters) sends the probe to a tenth of the page, read with the
        // Latin model first for the same reason.
        var tenth = ScriptProbe.Strip(prepared)!.Value;
        return tenth != strip
            && (ScriptProbe.IsConfidentLatin(ReadStrip(fallback!, prepared, tenth, cancellationToken))
                || ScriptProbe.IsLatin(readPrimaryStrip(tenth)));
    }

    private static OcrResult ReadStrip(OcrEnginePool pool, PreparedPage prepared, PixelRect strip, CancellationToken cancellationToken)
    {
        using var probe = ScriptProbe.Cut(prepared, strip);
        return Read(pool, probe, cancellationToken);
    }

    private static bool LooksNonChinese(string text)
    {
        var letters = text.Count(char.IsLetter);
        var cjk = text.Count(HanCharacters.Is);
        return letters >= MinLettersForFallback && cjk < letters * MaxCjkShareForFallback;
    }
}
