using System.Runtime.InteropServices;
using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// One Tesseract instance with its language model loaded once (120-450 ms) and reused for
/// every page it is given; loading a model per page is the slow path.
/// </summary>
internal sealed class TesseractOcrEngine : IOcrEngine
{
    private readonly int timeoutMilliseconds;
    private readonly int pageSegmentationMode;
    private IntPtr handle;

    public TesseractOcrEngine(string languages, string? tessdataPath, int pageSegmentationMode, int timeoutSeconds)
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
                $"{tessdataPath ?? "its default tessdata folder"}. Install them (e.g. apt-get install tesseract-ocr-chi-tra " +
                "tesseract-ocr-eng) or set Extraction:TessdataPath.");
        }

        _ = TesseractApi.SetVariable(handle, "debug_file", OperatingSystem.IsWindows() ? "NUL" : "/dev/null");

        // Scans are dark text on light paper (the preprocessor makes sure of it); trying every
        // doubtful line again as white-on-black costs time and finds nothing.
        _ = TesseractApi.SetVariable(handle, "tessedit_do_invert", "0");
        TesseractApi.SetPageSegMode(handle, pageSegmentationMode);
        this.pageSegmentationMode = pageSegmentationMode;
        Languages = languages;
        timeoutMilliseconds = timeoutSeconds <= 0 ? 0 : checked(timeoutSeconds * 1000);
    }

    public string Languages { get; }


    public static string NativeVersion => Marshal.PtrToStringUTF8(TesseractApi.Version()) ?? "unknown";

    public OcrResult Recognize(PreparedPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ObjectDisposedException.ThrowIf(handle == IntPtr.Zero, this);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (page.Cells.Count == 0)
            {
                return ReadPage(page);
            }

            return ReadTable(page, cancellationToken);
        }
        finally
        {
            TesseractApi.Clear(handle);
            TesseractApi.SetPageSegMode(handle, pageSegmentationMode);
        }
    }

    // A page without a table is laid out as a whole (cropping it to its bands of ink cost receipts 0.4 points
    // of CER); a page without ink is not read at all.
    private OcrResult ReadPage(PreparedPage page)
    {
        if (page.TextBands is { Count: 0 })
        {
            return new OcrResult(string.Empty, 0);
        }

        var (text, confidence) = ReadWhole(page.Image, null);
        return new OcrResult(text, confidence);
    }

    // Each cell is read on its own, so that cells stay whole and in row order; the rest of the page
    // (titles, free text) is read with the cells blanked out, band by band, and the two are merged by height.
    private OcrResult ReadTable(PreparedPage page, CancellationToken cancellationToken)
    {
        var lines = new List<(int Top, string Text)>();
        var weighted = 0.0;
        using (var rest = Pix.Own(LeptonicaApi.PixCopy(IntPtr.Zero, page.Image.Pointer), "copy"))
        {
            foreach (var cell in page.Cells)
            {
                _ = LeptonicaApi.PixRasterop(rest.Pointer, cell.X, cell.Y, cell.Width, cell.Height, LeptonicaApi.RasterSet, IntPtr.Zero, 0, 0);
            }

            IEnumerable<PixelRect?> areas = page.TextBands is null ? [null] : page.TextBands.Select(b => (PixelRect?)b);
            foreach (var band in areas)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (_, bandConfidence) = ReadWhole(rest, band);
                var bandLines = ReadLines();
                weighted += (double)bandConfidence * bandLines.Sum(l => l.Text.Length);
                lines.AddRange(bandLines);
            }
        }

        var characters = lines.Sum(l => l.Text.Length);
        SetImage(page.Image);
        var cells = new List<(PixelRect, string)>(page.Cells.Count);
        foreach (var cell in page.Cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A cell one line high is read as one line: the block mode loses lone characters such as 無.
            var singleLine = cell.Height < page.Image.Resolution * 0.45;
            TesseractApi.SetPageSegMode(handle, singleLine ? TesseractApi.PsmSingleLine : TesseractApi.PsmSingleBlock);
            TesseractApi.SetRectangle(handle, cell.X, cell.Y, cell.Width, cell.Height);
            var text = TakeText(TesseractApi.GetUtf8Text(handle)).Trim().Replace('\n', ' ');
            if (singleLine && text.Length == 0)
            {
                // The line model can miss a lone character in a wide cell; the word mode finds it.
                TesseractApi.SetPageSegMode(handle, TesseractApi.PsmSingleWord);
                TesseractApi.SetRectangle(handle, cell.X, cell.Y, cell.Width, cell.Height);
                text = TakeText(TesseractApi.GetUtf8Text(handle)).Trim();
            }

            weighted += (double)TesseractApi.MeanTextConf(handle) * text.Length;
            characters += text.Length;
            cells.Add((cell, text));
        }

        var confidence = characters == 0 ? 0 : (int)Math.Round(weighted / characters);
        return new OcrResult(ReadingOrder.Merge(lines, cells), Math.Max(0, confidence));
    }

    private (string Text, int Confidence) ReadWhole(Pix image, PixelRect? area)
    {
        SetImage(image);
        if (area is { } rectangle)
        {
            TesseractApi.SetRectangle(handle, rectangle.X, rectangle.Y, rectangle.Width, rectangle.Height);
        }

        var monitor = timeoutMilliseconds > 0 ? TesseractApi.MonitorCreate() : IntPtr.Zero;
        try
        {
            if (monitor != IntPtr.Zero)
            {
                TesseractApi.MonitorSetDeadlineMSecs(monitor, timeoutMilliseconds);
            }

            if (TesseractApi.Recognize(handle, monitor) != 0)
            {
                throw new InvalidOperationException("Tesseract could not recognise the page (or it ran past the OCR time limit).");
            }

            return (TakeText(TesseractApi.GetUtf8Text(handle)), Math.Max(0, TesseractApi.MeanTextConf(handle)));
        }
        finally
        {
            if (monitor != IntPtr.Zero)
            {
                TesseractApi.MonitorDelete(monitor);
            }
        }
    }

    private List<(int Top, string Text)> ReadLines()
    {
        var lines = new List<(int, string)>();
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
                var text = TakeText(TesseractApi.ResultIteratorGetUtf8Text(iterator, TesseractApi.LevelLine)).Trim();
                if (text.Length > 0 && TesseractApi.PageIteratorBoundingBox(pageIterator, TesseractApi.LevelLine, out _, out var top, out _, out _) != 0)
                {
                    lines.Add((top, text));
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

    private void SetImage(Pix image)
    {
        TesseractApi.SetImage2(handle, image.Pointer);
        if (image.Resolution > 0)
        {
            TesseractApi.SetSourceResolution(handle, image.Resolution);
        }
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
    }
}
