using System.Runtime.InteropServices;
using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// One Tesseract instance with its language model loaded once (120-450 ms) and reused for
/// every page it is given; loading a model per page is the slow path.
/// </summary>
internal sealed class TesseractOcrEngine : IOcrEngine
{
    // Lines read with less confidence than this by the layout are read again on their own.
    private const int DoubtfulLineConfidence = 60;

    // Short lines are read again as they are; longer ones, read again only when less confident than this, twice the size.
    private const int MaxRereadCharacters = 24;
    private const int DoubtfulLongLineConfidence = 75;
    private const float LongLineScale = 2f;

    // Ink the layout left unread and read alone is kept when read with at least this confidence (55 and 70 read the 90 tune
    // pages alike; 85 lost a little recall).
    private const int MinMissedInkConfidence = 70;

    // At most this many pieces of missed ink are read on a page (the largest first): a page where the layout left more is not
    // one it misread here and there (SROIE receipt 027, read with chi_tra, had 25; the 90 tune pages 0-10, most 0-2).
    private const int MaxMissedInkReads = 8;

    // A row read again with the list number it lost is kept when it is at most this much less confident than before.
    private const int MaxStackedMarkConfidenceLoss = 10;

    private readonly int timeoutMilliseconds;
    private readonly int pageSegmentationMode;
    private readonly LatinWordReader? latinWords;
    private readonly bool rereadShortLines;
    private IntPtr handle;

    // The size of the image last set: a rectangle is clipped to it before Tesseract is given it.
    private (int Width, int Height) imageSize;

    /// <param name="latinLanguages">A Latin-script model to read again the codes and numbers this engine's model was unsure of; null for none.</param>
    /// <param name="rereadShortLines">
    /// Whether a short line read with little confidence is read again alone (a lone date at a Chinese page's edge). The Latin
    /// fallback's engines do not: on the 50 SROIE receipts it changed nothing (CER 39.4 % with, 39.2 % without) and cost a tenth
    /// of their time.
    /// </param>
    public TesseractOcrEngine(string languages, string? tessdataPath, int pageSegmentationMode, int timeoutSeconds, string? latinLanguages = null, bool rereadShortLines = true)
    {
        handle = TesseractApi.Create();
        if (handle == IntPtr.Zero)
        {
            throw new InvalidOperationException("Tesseract could not create an engine.");
        }

        if (TesseractApi.Init2(handle, tessdataPath, languages, TesseractApi.OemLstmOnly) != 0)
        {
            TesseractApi.Delete(handle);
            handle = IntPtr.Zero;
            throw new InvalidOperationException(
                $"Tesseract could not load the language model(s) '{languages}' from " +
                $"{tessdataPath ?? "its default tessdata folder"}. Install them (e.g. apt-get install tesseract-ocr-chi-tra tesseract-ocr-script-hant " +
                "tesseract-ocr-eng) or set Extraction:TessdataPath.");
        }

        _ = TesseractApi.SetVariable(handle, "debug_file", OperatingSystem.IsWindows() ? "NUL" : "/dev/null");

        // Scans are dark text on light paper (the preprocessor makes sure of it); trying every
        // doubtful line again as white-on-black costs time and finds nothing.
        _ = TesseractApi.SetVariable(handle, "tessedit_do_invert", "0");
        TesseractApi.SetPageSegMode(handle, pageSegmentationMode);
        this.pageSegmentationMode = pageSegmentationMode;
        Languages = languages;
        this.rereadShortLines = rereadShortLines;
        latinWords = latinLanguages is null ? null : new LatinWordReader(latinLanguages, tessdataPath);
        timeoutMilliseconds = timeoutSeconds <= 0 ? 0 : checked(timeoutSeconds * 1000);
    }

    public string Languages { get; }

    /// <summary>Short doubtful lines read again alone, over every page this engine read (tests look at it).</summary>
    internal int ShortLinesReadAgain { get; private set; }

    public static string NativeVersion => Marshal.PtrToStringUTF8(TesseractApi.Version()) ?? "unknown";

    public OcrResult Recognize(PreparedPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ObjectDisposedException.ThrowIf(handle == IntPtr.Zero, this);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (page.TextBands is { Count: 0 } && page.Cells.Count == 0)
            {
                return new OcrResult(string.Empty, 0);
            }

            var result = page.Cells.Count == 0 && page.SpacedLines is not { Count: > 0 } ? ReadPage(page, cancellationToken) : ReadParts(page, cancellationToken);
            result = WithStamps(result, page.Stamps, cancellationToken);
            return result with { Text = Tidy(result.Text) };
        }
        finally
        {
            TesseractApi.Clear(handle);
            TesseractApi.SetPageSegMode(handle, pageSegmentationMode);
        }
    }

    // A received stamp's text (the office, 收文, a date, a number) follows the page's text, each of its lines a line, when it
    // was read with this confidence or more (StampText keeps the lines that are the stamp's); the stamp was whitened from the
    // page, so nothing else reads it. Chosen with the stamps' readings of outside sets A-C (tuned on) against 0, 30 and 60
    // (45 then); once the cut-outs lost their rings and rules (StampCutOut), 30 read A and C better than 45, and B once a
    // reading of more lines than a stamp holds was dropped (StampText).
    private const int MinStampConfidence = 30;

    private OcrResult WithStamps(OcrResult result, IReadOnlyList<StampImage> stamps, CancellationToken cancellationToken)
    {
        var read = new List<TextPiece>();
        foreach (var stamp in stamps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SetImage(stamp.Image);
            TesseractApi.SetPageSegMode(handle, TesseractApi.PsmAuto);

            // Under the OCR time limit as the page's reading is; a stamp that cannot be read within it is left out.
            if (!RecognizeWithinTimeLimit())
            {
                continue;
            }

            var lines = StampText.InSealOrder(StampText.Lines(TakeText(TesseractApi.GetUtf8Text(handle))));
            if (lines.Count > 0 && TesseractApi.MeanTextConf(handle) >= MinStampConfidence)
            {
                // Each line a strip of the stamp's box on the page (where a searchable PDF puts it).
                var (box, height) = (stamp.Box, stamp.Box.Height / lines.Count);
                read.AddRange(lines.Select((line, i) => new TextPiece(new PixelRect(box.X, box.Y + (i * height), box.Width, height), line)));
            }
        }

        return read.Count == 0
            ? result
            : result with { Text = result.Text + string.Concat(read.Select(p => p.Text + "\n")), Lines = [.. result.Lines, .. read] };
    }

    // The text is rid of the model's habits with Chinese print: blanks read as quotes, list numbers lost, ASCII punctuation
    // and specks read as stops beside Chinese, specks and rules' stubs read as bars and dashes, labels' colons read as
    // semicolons or commas, thousands commas read as stops, check boxes read as 口 and 圖, the tax office's words misread
    // through a look-alike character.
    private static string Tidy(string text) =>
        KnownTerms.Tidy(CheckBoxes.Tidy(ThousandsSeparators.Tidy(LabelColons.Tidy(StrayMarks.Tidy(SpeckStops.Tidy(FullWidthPunctuation.Tidy(ListNumbers.Tidy(GapQuotes.Tidy(text)))))))));

    // A page without a table is laid out as a whole (cropping it to its bands of ink cost receipts 0.4 points
    // of CER); its lines are put in reading order by their place on the page.
    private OcrResult ReadPage(PreparedPage page, CancellationToken cancellationToken)
    {
        var (_, confidence) = ReadWhole(page.Image, null);
        var pieces = ReadPieces(page.InkLines);
        RereadLatinWords(page.Image, pieces);
        JoinStackedMarks(page.Image, pieces, cancellationToken);
        RereadTallLines(page.Image, pieces, cancellationToken);
        RereadDoubtfulLines(page.Image, pieces, cancellationToken);
        pieces.AddRange(ReadMissedInk(page, [.. pieces.Select(p => p.Piece.Box)], cancellationToken));
        List<TextPiece> lines = [.. pieces.Select(p => p.Piece)];
        return new OcrResult(ReadingOrder.Arrange(lines), confidence) { Lines = lines };
    }

    // Each cell is read on its own, so that cells stay whole and in row order, and so is each letter-spaced
    // line; the rest of the page (titles, free text) is read with those blanked out (band by band when there
    // is a table), and everything is put in reading order by its place on the page.
    private OcrResult ReadParts(PreparedPage page, CancellationToken cancellationToken)
    {
        var pieces = new List<TextPiece>();
        var weighted = 0.0;
        var characters = 0;
        void Add(TextPiece piece, int confidence)
        {
            pieces.Add(piece);
            weighted += (double)confidence * piece.Text.Length;
            characters += piece.Text.Length;
        }

        var spaced = page.SpacedLines ?? [];
        using (var rest = Pix.Own(LeptonicaApi.PixCopy(IntPtr.Zero, page.Image.Pointer), "copy"))
        {
            foreach (var area in page.Cells.Concat(spaced.Select(l => l.Box)))
            {
                _ = LeptonicaApi.PixRasterop(rest.Pointer, area.X, area.Y, area.Width, area.Height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
            }

            IEnumerable<PixelRect?> areas = page.TextBands is null || page.Cells.Count == 0 ? [null] : page.TextBands.Select(b => (PixelRect?)b);
            foreach (var band in areas)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _ = ReadWhole(rest, band);
                var bandPieces = ReadPieces(page.InkLines);
                RereadLatinWords(rest, bandPieces);
                JoinStackedMarks(rest, bandPieces, cancellationToken);
                RereadTallLines(rest, bandPieces, cancellationToken);
                RereadDoubtfulLines(rest, bandPieces, cancellationToken);

                // Each band's blocks are numbered from 0: numbered on from the bands before, so that a block above the table and
                // one below it are not taken for one block (a form's values above and its notes below were read as one column).
                var firstBlock = pieces.Select(p => p.Block + 1).DefaultIfEmpty(0).Max();
                foreach (var (piece, confidence) in bandPieces)
                {
                    Add(piece.Block < 0 ? piece : piece with { Block = piece.Block + firstBlock }, confidence);
                }
            }
        }

        foreach (var line in spaced)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var packed = line.Packed(page.Image);
            SetImage(packed);
            var (text, confidence) = ReadImage(TesseractApi.PsmSingleLine);
            if (confidence < DoubtfulLineConfidence)
            {
                // A fax's broken strokes: the line mode's noise filter can drop every glyph (a fax's 房 屋 稅 繳 款 書 came back
                // empty); the raw line mode reads the glyphs as they are.
                var (raw, rawConfidence) = ReadImage(TesseractApi.PsmRawLine);
                (text, confidence) = raw.Length > 0 && rawConfidence > confidence ? (raw, rawConfidence) : (text, confidence);
            }

            Add(new TextPiece(line.Box, text), confidence);
        }

        // A letter-spaced line read as nothing covers nothing.
        foreach (var (piece, confidence) in ReadMissedInk(page, [.. pieces.Where(p => p.Text.Length > 0).Select(p => p.Box)], cancellationToken))
        {
            Add(piece, confidence);
        }

        SetImage(page.Image);

        var cells = new List<CellReading>(page.Cells.Count);
        foreach (var cell in page.Cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cellLines = CellLines.Find(page.Image, cell, page.Image.Resolution);
            var byLine = cellLines.Count >= 2 && CellLines.AreEven(cellLines);
            var oneLine = cell.Height < page.Image.Resolution * OneLineCellInches && !byLine;
            (string Text, int Confidence, List<(PixelRect Box, string Text)> Lines)? lineReads = byLine ? ReadCellLines(cell, cellLines) : null;
            var read = lineReads is { } reads ? (reads.Text, reads.Confidence) : ReadCell(cell, oneLine);
            var (text, confidence) = RereadShortNumber(page.Image, cell, oneLine, read);
            weighted += (double)confidence * text.Length;
            characters += text.Length;
            cells.Add(new CellReading(cell, text, lineReads is { } byLines && text == byLines.Text ? byLines.Lines : null));
        }

        // Each cell keeps its own place for the lines (a searchable PDF puts its text over it); the text reads them as rows.
        List<TextPiece> lines = [.. pieces, .. cells.Where(c => c.Text.Length > 0).Select(c => new TextPiece(c.Cell, c.Text))];
        pieces.AddRange(ReadingOrder.TableRows(AlignedCellLines.Pieces(cells)));
        var mean = characters == 0 ? 0 : (int)Math.Round(weighted / characters);
        return new OcrResult(ReadingOrder.Arrange(pieces), Math.Max(0, mean)) { Lines = lines };
    }

    // A cell's line read with less confidence than this is noise (a stamp's frame, a rule's stub), not writing.
    private const int MinCellLineConfidence = 40;

    // A cell less high than this (inches) is one line high, unless it holds two lines of small writing (a speck or a stamp's
    // stroke is no line).
    private const double OneLineCellInches = 0.45;

    // A cell with two lines or more, as high as each other, is read line by line: as a block, a narrow cell's two lines
    // (應納印花稅憑證種 over 類) were laid out as a column of single characters, and a low one's read as one line came back as a
    // character or two.
    private (string Text, int Confidence, List<(PixelRect Box, string Text)> Lines) ReadCellLines(PixelRect cell, IReadOnlyList<(int Top, int Bottom)> lines)
    {
        var texts = new List<(PixelRect Box, string Text)>(lines.Count);
        var (weighted, characters) = (0.0, 0);
        for (var i = 0; i < lines.Count; i++)
        {
            var (text, confidence) = ReadCell(CellLines.Around(cell, lines, i), singleLine: true);
            if (confidence < MinCellLineConfidence && !IdentifierReading.LooksLikeIdentifier(text))
            {
                // A stamp's frame or a rule's stub under a cell's line is a "line" of its own, read as noise (~, [Ws : J mr 了)
                // with little confidence; a number read again with the ID characters may keep a low one.
                continue;
            }

            if (text.Length > 0)
            {
                texts.Add((new PixelRect(cell.X, lines[i].Top, cell.Width, lines[i].Bottom - lines[i].Top), text));
            }

            weighted += (double)confidence * text.Length;
            characters += text.Length;
        }

        return (string.Join(' ', texts.Select(t => t.Text)), characters == 0 ? 0 : (int)Math.Round(weighted / characters), texts);
    }

    // A short number alone in a cell that chi_tra misread and was unsure of (a tax year 112 read as 同) is read again with the
    // Latin model (ShortNumbers); rare, so the Latin engine is given the page only when it is needed.
    private (string Text, int Confidence) RereadShortNumber(Pix image, PixelRect cell, bool oneLine, (string Text, int Confidence) read)
    {
        if (latinWords is null || !ShortNumbers.IsDoubtful(read.Text, read.Confidence, oneLine) || !latinWords.Begin(image))
        {
            return read;
        }

        var (again, confidence) = latinWords.Read(cell);
        return ShortNumbers.Replaces(read.Confidence, again, confidence) ? (again.Trim(), confidence) : read;
    }

    private (string Text, int Confidence) ReadCell(PixelRect cell, bool singleLine)
    {
        // A cell one line high is read as one line: the block mode loses lone characters such as 無.
        var (text, confidence) = ReadRectangle(cell, singleLine ? TesseractApi.PsmSingleLine : TesseractApi.PsmSingleBlock);
        if (singleLine && text.Length == 0)
        {
            // The line model can miss a lone character in a wide cell (代理人 | 無); the raw-line mode finds it. Not the
            // single-word mode, which reads it as well but with two languages kills the process in Tesseract 5.3
            // (PAGE_RES_IT::DeleteCurrentWord asserts on a word that came back empty).
            (text, confidence) = ReadRectangle(cell, TesseractApi.PsmRawLine);
        }

        if (singleLine && IdentifierReading.LooksLikeIdentifier(text))
        {
            // A number or ID in a cell (a 12-digit house-tax number, A123456789) read as Chinese comes back with
            // letters and strokes among its digits (9550HS91|2S); read again with only the characters IDs use.
            _ = TesseractApi.SetVariable(handle, "tessedit_char_whitelist", IdentifierReading.Characters);
            try
            {
                var (again, againConfidence) = ReadRectangle(cell, TesseractApi.PsmSingleLine);
                if (again.Length > 0)
                {
                    (text, confidence) = (again, againConfidence);
                }
            }
            finally
            {
                _ = TesseractApi.SetVariable(handle, "tessedit_char_whitelist", string.Empty);
            }
        }

        return (text, confidence);
    }

    // Codes and numbers the model was unsure of (AB3S821765S) are read again with the Latin model and put into
    // their lines; a line so mended is no longer doubtful, so that a second reading of it as Chinese does not undo it.
    private void RereadLatinWords(Pix image, List<(TextPiece Piece, int Confidence)> pieces)
    {
        // A reading with next to no Chinese is read again whole with the Latin model (PageRecognizer); word by word
        // would cost more than that.
        var letters = pieces.Sum(p => p.Piece.Text.Count(char.IsLetter));
        if (latinWords is null || pieces.Sum(p => p.Piece.Text.Count(HanCharacters.Is)) * 10 < letters)
        {
            return;
        }

        var words = DoubtfulCodes();
        if (words.Count == 0 || !latinWords.Begin(image))
        {
            return;
        }

        foreach (var (box, word, confidence) in words)
        {
            var margin = Math.Max(3, box.Height / 4);
            var x = Math.Max(0, box.X - margin);
            var y = Math.Max(0, box.Y - margin);
            var area = new PixelRect(x, y, Math.Min(image.Width, box.X + box.Width + margin) - x, Math.Min(image.Height, box.Bottom + margin) - y);
            var (again, againConfidence) = latinWords.Read(area);
            var core = LatinWords.Core(word);
            var line = pieces.FindIndex(p => p.Piece.Box.X <= box.X + (box.Width / 2) && box.X + (box.Width / 2) <= p.Piece.Right
                && p.Piece.Box.Y <= box.CenterY && box.CenterY <= p.Piece.Box.Bottom && p.Piece.Text.Contains(core, StringComparison.Ordinal));
            if (line < 0 || !LatinWords.Replaces(word, confidence, again, againConfidence))
            {
                continue;
            }

            var (piece, lineConfidence) = pieces[line];
            var at = piece.Text.IndexOf(core, StringComparison.Ordinal);
            var text = string.Concat(piece.Text.AsSpan(0, at), LatinWords.Core(again), piece.Text.AsSpan(at + core.Length));
            pieces[line] = (piece with { Text = text }, Math.Max(lineConfidence, DoubtfulLineConfidence));
        }
    }

    // The words of the last recognition that look like codes or numbers and that the model was unsure of.
    private List<(PixelRect Box, string Text, int Confidence)> DoubtfulCodes()
    {
        var words = new List<(PixelRect, string, int)>();
        var iterator = TesseractApi.GetIterator(handle);
        if (iterator == IntPtr.Zero)
        {
            return words;
        }

        try
        {
            var pageIterator = TesseractApi.ResultIteratorGetPageIterator(iterator);
            do
            {
                var text = TakeText(TesseractApi.ResultIteratorGetUtf8Text(iterator, TesseractApi.LevelWord));
                var confidence = (int)TesseractApi.ResultIteratorConfidence(iterator, TesseractApi.LevelWord);
                if (LatinWords.IsDoubtfulCode(text, confidence)
                    && TesseractApi.PageIteratorBoundingBox(pageIterator, TesseractApi.LevelWord, out var left, out var top, out var right, out var bottom) != 0)
                {
                    words.Add((new PixelRect(left, top, right - left, bottom - top), text, confidence));
                }
            }
            while (TesseractApi.ResultIteratorNext(iterator, TesseractApi.LevelWord) != 0);
        }
        finally
        {
            TesseractApi.ResultIteratorDelete(iterator);
        }

        return words;
    }

    // A line the layout made two or more rows tall (a line and part of the next merged, a block of lines taken for one)
    // is read again as a block of its own, without the rows of the other lines it overlaps, and the new lines replace
    // it when Tesseract is more confident of them.
    private void RereadTallLines(Pix image, List<(TextPiece Piece, int Confidence)> pieces, CancellationToken cancellationToken)
    {
        var tall = TallLines.Find(pieces.Select(p => p.Piece).ToList(), image.Width, image.Height);
        if (tall.Count == 0)
        {
            return;
        }

        SetImage(image);
        var replacements = new List<(int Index, List<(TextPiece Piece, int Confidence)> Lines)>();
        foreach (var (index, area) in tall)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TesseractApi.SetPageSegMode(handle, TesseractApi.PsmSingleBlock);
            if (!SetArea(area) || TesseractApi.Recognize(handle, IntPtr.Zero) != 0)
            {
                continue;
            }

            var lines = ReadPieces();
            var characters = lines.Sum(l => l.Piece.Text.Length);
            var confidence = characters == 0 ? 0 : lines.Sum(l => (double)l.Confidence * l.Piece.Text.Length) / characters;

            // A first reading with far too few characters for the line is replaced by one that has enough, however unsure of itself.
            var (first, firstConfidence) = pieces[index];
            if (characters > 0 && (confidence > firstConfidence
                || (TallLines.ReadsTooFew(first.Text, area) && !TallLines.ReadsTooFew(string.Concat(lines.Select(l => l.Piece.Text)), area))))
            {
                replacements.Add((index, [.. lines.Select(l => (l.Piece with { Block = first.Block }, l.Confidence))]));
            }
        }

        // Tall lines over the same rows read those rows again each.
        TallLines.DropRepeats([.. replacements.Select(r => r.Lines)]);

        foreach (var (index, lines) in replacements.OrderByDescending(r => r.Index))
        {
            pieces.RemoveAt(index);
            pieces.InsertRange(index, lines);
        }
    }

    // A column of list numbers read as vertical text (StackedMarks): each row beside it is read again as one line from the
    // column's left edge (二、依據…), and kept when it is longer and about as confident; the column goes once a row took it in.
    private void JoinStackedMarks(Pix image, List<(TextPiece Piece, int Confidence)> pieces, CancellationToken cancellationToken)
    {
        var stacks = StackedMarks.Find([.. pieces.Select(p => p.Piece)]);
        if (stacks.Count == 0)
        {
            return;
        }

        SetImage(image);
        var taken = new List<int>();
        foreach (var (index, rows) in stacks)
        {
            var column = pieces[index].Piece.Box;
            var margin = Math.Max(4, rows.Min(j => pieces[j].Piece.Box.Height) / 3);
            foreach (var j in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (row, confidence) = pieces[j];
                var area = PixelRect.Around(column.X, row.Box.Y, row.Right, row.Box.Bottom, margin, image.Width, image.Height);
                var (text, againConfidence) = ReadRectangle(area, TesseractApi.PsmSingleLine);
                if ((text.Length > row.Text.Length || StackedMarks.GainsListNumber(row.Text, text)) && againConfidence + MaxStackedMarkConfidenceLoss >= confidence)
                {
                    pieces[j] = (row with { Box = new PixelRect(column.X, row.Box.Y, row.Right - column.X, row.Box.Height), Text = text }, againConfidence);
                    taken.Add(index);
                }
            }
        }

        foreach (var index in taken.Distinct().OrderDescending())
        {
            pieces.RemoveAt(index);
        }
    }

    // A line the layout read with little confidence is read again on its own as one line (a lone date at the
    // page's edge, a short line beside a seal), a long one at twice the size, and the more confident reading is kept.
    private void RereadDoubtfulLines(Pix image, List<(TextPiece Piece, int Confidence)> pieces, CancellationToken cancellationToken)
    {
        if (!pieces.Any(p => p.Confidence < DoubtfulLongLineConfidence))
        {
            return;
        }

        SetImage(image);
        for (var i = 0; i < pieces.Count; i++)
        {
            var (piece, confidence) = pieces[i];
            // Only Chinese lines: a long Latin line in doubt is mostly a receipt's noise, and read larger it makes more (SROIE 1-20: CER +0.4).
            var isLong = piece.Text.Length > MaxRereadCharacters;
            if (isLong && !piece.Text.Any(HanCharacters.Is))
            {
                continue;
            }

            if ((!isLong && !rereadShortLines) || confidence >= (isLong ? DoubtfulLongLineConfidence : DoubtfulLineConfidence))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var area = PixelRect.Around(piece.Box.X, piece.Box.Y, piece.Right, piece.Box.Bottom, Math.Max(4, piece.Box.Height / 3), image.Width, image.Height);
            if (isLong)
            {
                // Thin strokes (a Ming face at 150-200 dpi) the page's thresholding broke read better twice the size.
                var (larger, largerConfidence) = ReadScaled(image, area, LongLineScale);
                if (larger.Length > 0 && largerConfidence > confidence)
                {
                    pieces[i] = (piece with { Text = larger }, largerConfidence);
                }

                SetImage(image);
                continue;
            }

            ShortLinesReadAgain++;
            var (text, again) = ReadRectangle(area, TesseractApi.PsmSingleLine);
            if (text.Length > 0 && again > confidence)
            {
                pieces[i] = (piece with { Text = text }, again);
            }
        }
    }

    // Ink the layout left unread (MissedInk) is read alone as one line, and kept when Tesseract is sure of it and it reads
    // as text. Only by the engines that read doubtful short lines again (not the Latin fallback's).
    private List<(TextPiece Piece, int Confidence)> ReadMissedInk(PreparedPage page, IReadOnlyList<PixelRect> read, CancellationToken cancellationToken)
    {
        var found = new List<(TextPiece, int)>();
        if (!rereadShortLines || page.InkLines is not { Count: > 0 } lines)
        {
            return found;
        }

        // Only the ink the page's bands hold: what lies outside them is not to be read (the bands come from the same ink).
        var inBands = page.TextBands is null ? lines : [.. lines.Where(l => page.TextBands.Any(b => b.Y <= l.Top && l.Bottom <= b.Bottom))];
        var missed = MissedInk.Find(inBands, read, page.Image.Width, page.Image.Height);
        if (missed.Count == 0)
        {
            return found;
        }

        SetImage(page.Image);
        foreach (var area in missed.Take(MaxMissedInkReads))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, confidence) = ReadRectangle(area, TesseractApi.PsmSingleLine);
            if (confidence >= MinMissedInkConfidence && text.Any(char.IsLetterOrDigit) && !RuleText.Is(text))
            {
                found.Add((new TextPiece(area, text), confidence));
            }
        }

        return found;
    }

    // The area cut out of the image and scaled up by the factor, read as one line; the image set afterwards is the cut-out.
    private (string Text, int Confidence) ReadScaled(Pix image, PixelRect area, float factor)
    {
        using var cut = image.Clip(area.X, area.Y, area.Width, area.Height, "line cut-out");
        using var scaled = Pix.Own(LeptonicaApi.PixScale(cut.Pointer, factor, factor), "line scaling");
        scaled.Resolution = (int)Math.Round(Math.Max(1, image.Resolution) * factor);
        SetImage(scaled);
        return ReadImage(TesseractApi.PsmSingleLine);
    }

    // The whole of the image last set, read in the page segmentation mode given.
    private (string Text, int Confidence) ReadImage(int mode)
    {
        TesseractApi.SetPageSegMode(handle, mode);
        var text = TakeText(TesseractApi.GetUtf8Text(handle)).Trim().Replace('\n', ' ');
        return (text, Math.Max(0, TesseractApi.MeanTextConf(handle)));
    }

    /// <summary>Reads <paramref name="area"/> of the image last set, in the page segmentation <paramref name="mode"/> given.</summary>
    internal (string Text, int Confidence) ReadRectangle(PixelRect area, int mode)
    {
        TesseractApi.SetPageSegMode(handle, mode);
        if (!SetArea(area))
        {
            return (string.Empty, 0);
        }

        var text = TakeText(TesseractApi.GetUtf8Text(handle)).Trim().Replace('\n', ' ');
        return (text, Math.Max(0, TesseractApi.MeanTextConf(handle)));
    }

    private (string Text, int Confidence) ReadWhole(Pix image, PixelRect? area)
    {
        // The re-readings of single lines change the mode: without this, every band of a table page after the first
        // with a doubtful line was laid out as one line (a declaration's notes, four lines, came back as "下 0").
        TesseractApi.SetPageSegMode(handle, pageSegmentationMode);
        SetImage(image);
        if (area is { } rectangle && !SetArea(rectangle))
        {
            return (string.Empty, 0);
        }

        if (!RecognizeWithinTimeLimit())
        {
            throw new InvalidOperationException("Tesseract could not recognise the page (or it ran past the OCR time limit).");
        }

        return (TakeText(TesseractApi.GetUtf8Text(handle)), Math.Max(0, TesseractApi.MeanTextConf(handle)));
    }

    // Recognises the image (or rectangle) set, stopped by the OCR time limit; false when it failed or ran past it.
    private bool RecognizeWithinTimeLimit()
    {
        var monitor = timeoutMilliseconds > 0 ? TesseractApi.MonitorCreate() : IntPtr.Zero;
        try
        {
            if (monitor != IntPtr.Zero)
            {
                TesseractApi.MonitorSetDeadlineMSecs(monitor, timeoutMilliseconds);
            }

            return TesseractApi.Recognize(handle, monitor) == 0;
        }
        finally
        {
            if (monitor != IntPtr.Zero)
            {
                TesseractApi.MonitorDelete(monitor);
            }
        }
    }

    // The lines of the last recognition, where they lie, in which block, and how confident Tesseract is of each; not
    // the rules read as text.
    // A line across a wide white gap (two columns joined over their gutter) is cut into its parts either side (WideGaps);
    // the page's ink lines, when given, tell a stop Tesseract made up in the gap from one printed there.
    private List<(TextPiece Piece, int Confidence)> ReadPieces(IReadOnlyList<InkLine>? ink = null)
    {
        Func<PixelRect, bool>? inked = ink is null ? null : box => InkLine.AnyIn(ink, box);
        var lines = new List<(TextPiece, int)>();
        var words = LineWords();
        var iterator = TesseractApi.GetIterator(handle);
        if (iterator == IntPtr.Zero)
        {
            return lines;
        }

        try
        {
            var pageIterator = TesseractApi.ResultIteratorGetPageIterator(iterator);
            var block = -1;
            var index = -1;
            do
            {
                index++;
                block += TesseractApi.PageIteratorIsAtBeginningOf(pageIterator, TesseractApi.LevelBlock) != 0 ? 1 : 0;
                var text = TakeText(TesseractApi.ResultIteratorGetUtf8Text(iterator, TesseractApi.LevelLine)).Trim();
                if (text.Length > 0 && !RuleText.Is(text)
                    && TesseractApi.PageIteratorBoundingBox(pageIterator, TesseractApi.LevelLine, out var left, out var top, out var right, out var bottom) != 0)
                {
                    var confidence = (int)TesseractApi.ResultIteratorConfidence(iterator, TesseractApi.LevelLine);
                    var box = new PixelRect(left, top, right - left, bottom - top);
                    foreach (var (part, partText) in WideGaps.Split(box, text, index < words.Count ? words[index] : [], inked))
                    {
                        lines.Add((new TextPiece(part, partText, Math.Max(0, block)), confidence));
                    }
                }
            }
            while (TesseractApi.ResultIteratorNext(iterator, TesseractApi.LevelLine) != 0);
        }
        finally
        {
            TesseractApi.ResultIteratorDelete(iterator);
        }

        return lines;
    }

    // The words of each line of the last recognition, line by line in the iterator's order.
    private List<List<(PixelRect Box, string Text)>> LineWords()
    {
        var lines = new List<List<(PixelRect, string)>>();
        var iterator = TesseractApi.GetIterator(handle);
        if (iterator == IntPtr.Zero)
        {
            return lines;
        }

        try
        {
            var pageIterator = TesseractApi.ResultIteratorGetPageIterator(iterator);
            do
            {
                if (lines.Count == 0 || TesseractApi.PageIteratorIsAtBeginningOf(pageIterator, TesseractApi.LevelLine) != 0)
                {
                    lines.Add([]);
                }

                var text = TakeText(TesseractApi.ResultIteratorGetUtf8Text(iterator, TesseractApi.LevelWord));
                if (TesseractApi.PageIteratorBoundingBox(pageIterator, TesseractApi.LevelWord, out var left, out var top, out var right, out var bottom) != 0)
                {
                    lines[^1].Add((new PixelRect(left, top, right - left, bottom - top), text));
                }
            }
            while (TesseractApi.ResultIteratorNext(iterator, TesseractApi.LevelWord) != 0);
        }
        finally
        {
            TesseractApi.ResultIteratorDelete(iterator);
        }

        return lines;
    }

    internal void SetImage(Pix image)
    {
        TesseractApi.SetImage2(handle, image.Pointer);
        imageSize = (image.Width, image.Height);
        if (image.Resolution > 0)
        {
            TesseractApi.SetSourceResolution(handle, image.Resolution);
        }
    }

    // Tesseract reads a rectangle as it is given, without looking at the image's bounds: one reaching outside the image, or
    // of no width (a row read again from a column of list numbers on its right, on a page scanned sideways), crashed the
    // process in its thresholding. The area is clipped to the image last set; false when nothing of it is left.
    private bool SetArea(PixelRect area)
    {
        var clipped = area.Within(imageSize.Width, imageSize.Height);
        if (clipped is not { } inside)
        {
            return false;
        }

        TesseractApi.SetRectangle(handle, inside.X, inside.Y, inside.Width, inside.Height);
        return true;
    }

    private static string TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return string.Empty;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text) ?? string.Empty;
        }
        finally
        {
            TesseractApi.DeleteText(text);
        }
    }

    public void Dispose()
    {
        if (handle == IntPtr.Zero)
        {
            return;
        }

        TesseractApi.End(handle);
        TesseractApi.Delete(handle);
        handle = IntPtr.Zero;
        latinWords?.Dispose();
    }
}
