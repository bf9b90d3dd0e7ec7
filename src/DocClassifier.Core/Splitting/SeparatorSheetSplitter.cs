using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using ZXing;
using ZXing.Common;

namespace DocClassifier.Splitting;

/// <summary>
/// Splits a multi-page PDF or TIFF at separator sheets: each page image (from the extraction's own readers) is looked at
/// in grey at about 100 dpi and searched for a separator sheet's QR code with ZXing, which reads it at any rotation
/// (a sheet fed upside down), through a few degrees of skew and in black-and-white scans. A blank page right after a
/// sheet is its back side and is dropped with it; with <see cref="SplittingOptions.BlankPages"/>, any blank page separates.
/// With <see cref="SplittingOptions.PatchCodes"/>, a Kodak patch T sheet (<see cref="PatchCodeReader"/>) separates too.
/// </summary>
public sealed class SeparatorSheetSplitter(SplittingOptions options, ExtractionOptions extraction) : IStackSplitter
{
    private const double A4WidthInches = 8.27;

    // PDF allows junk before its header within the first 1024 bytes (FormatSniffer looks that far).
    private const int HeadBytes = 1024;

    public StackSplit Split(string path, CancellationToken cancellationToken = default)
    {
        Require(path);

        // A single image is one page: nothing to split (nor in a PDF or TIFF of one page, not looked at below). Told from
        // the file's head, so that a scanned page of megabytes is not read here only to be read again by extraction.
        var format = FormatSniffer.FromContent(Head(path));
        if (format is not (DocumentFormat.Pdf or DocumentFormat.Tiff))
        {
            return StackSplit.From([new StackPage(1, PageKind.Content)]);
        }

        var content = File.ReadAllBytes(path);
        var pages = new List<StackPage>();
        _ = new ScanPageImages(extraction).Visit(path, content, format, (number, image) => pages.Add(Look(number, image)), cancellationToken, sheetSearch: true);

        // Unless blank pages separate, a blank page stays in its document, but for the back of a separator sheet.
        for (var i = 0; i < pages.Count && !options.BlankPages; i++)
        {
            if (pages[i].Kind == PageKind.BlankPage && (i == 0 || pages[i - 1].Kind is not (PageKind.SeparatorSheet or PageKind.PatchSheet)))
            {
                pages[i] = new StackPage(pages[i].Number, PageKind.Content);
            }
        }

        return StackSplit.From(pages);
    }

    /// <summary>What one page is: a separator sheet (its code read), a blank page, or content.</summary>
    internal StackPage Look(int number, Pix? image)
    {
        if (image is null || !options.SeparatorSheets && !options.BlankPages && !options.PatchCodes)
        {
            return new StackPage(number, PageKind.Content);
        }

        var grey = Grey(image, options.Resolution);
        if (options.PatchCodes && PatchCodeReader.Read(grey, PixelsPerInch(image, grey)) is [PatchCode.PatchT, ..])
        {
            return new StackPage(number, PageKind.PatchSheet);
        }

        if (options.SeparatorSheets && IsSheet(image, grey, out var label))
        {
            return new StackPage(number, PageKind.SeparatorSheet, label);
        }

        var ink = InkFraction(grey);
        return ink <= options.BlankInkFraction
            ? new StackPage(number, PageKind.BlankPage, Confidence: 1.0 - (ink / Math.Max(options.BlankInkFraction, 1e-9) / 2))
            : new StackPage(number, PageKind.Content);
    }

    /// <summary>
    /// Whether the page is a separator sheet, and the label it names if any. ZXing's finder patterns are found at some
    /// scales and missed at others on the same clean sheet, so the page is searched at each of the
    /// <see cref="SplittingOptions.SheetResolutions"/> in turn (the grey page at <see cref="SplittingOptions.Resolution"/> is reused).
    /// </summary>
    private bool IsSheet(Pix image, GreyRaster grey, out string? label)
    {
        label = null;
        foreach (var resolution in options.SheetResolutions)
        {
            if (Decode(resolution == options.Resolution ? grey : Grey(image, resolution)) is { } text && SeparatorCode.TryParse(text, out _, out label))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of the first QR code found in the grey page, or null.</summary>
    internal static string? Decode(GreyRaster grey)
    {
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = false,
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        var source = new RGBLuminanceSource(grey.Pixels, grey.Width, grey.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        return reader.Decode(source)?.Text;
    }

    /// <summary>The resolution of <paramref name="grey"/>, made from <paramref name="image"/>.</summary>
    internal static double PixelsPerInch(Pix image, GreyRaster grey) => Dpi(image) * grey.Width / image.Width;

    private static int Dpi(Pix image) => image.Resolution > 0 ? image.Resolution : Math.Max(1, (int)(image.Width / A4WidthInches));

    /// <summary>The page in 8-bit grey at about <paramref name="resolution"/> dpi (never enlarged).</summary>
    internal static GreyRaster Grey(Pix image, int resolution)
    {
        var dpi = Dpi(image);
        var scale = Math.Min(1f, resolution / (float)dpi);
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(image.Pointer, 0), "pixConvertTo8");
        if (scale >= 0.98f)
        {
            return GreyRaster.From(grey);
        }

        using var small = Pix.Own(LeptonicaApi.PixScale(grey.Pointer, scale, scale), "pixScale");
        return GreyRaster.From(small);
    }

    /// <summary>The share of dark pixels, leaving out a 5 % margin where scanners leave shadows and punched holes show.</summary>
    internal static double InkFraction(GreyRaster grey)
    {
        var (marginX, marginY) = (grey.Width / 20, grey.Height / 20);
        long dark = 0, all = 0;
        for (var y = marginY; y < grey.Height - marginY; y++)
        {
            for (var x = marginX; x < grey.Width - marginX; x++)
            {
                dark += grey[x, y] < 128 ? 1 : 0;
                all++;
            }
        }

        return all == 0 ? 0 : dark / (double)all;
    }

    /// <summary>The file's first bytes, enough to tell its format.</summary>
    private static byte[] Head(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[HeadBytes];
        return head[..file.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false)];
    }

    private void Require(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0 || file.Length > extraction.MaxFileBytes)
        {
            throw new ExtractionException(
                !file.Exists ? ExtractionErrorCode.FileNotFound : file.Length == 0 ? ExtractionErrorCode.EmptyFile : ExtractionErrorCode.FileTooLarge,
                $"'{file.Name}' cannot be split: it is missing, empty or over the size limit.");
        }
    }
}
