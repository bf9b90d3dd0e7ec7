using DocClassifier.Extraction.Native;
using SkiaSharp;

namespace DocClassifier.Samples.Stacks;

/// <summary>
/// A stack of sheets as a multifunction printer delivers it: one PDF (grey pages as JPEG, black-and-white pages
/// lossless) or one multi-page TIFF (grey pages ZIP, black-and-white pages G4), every sheet a degraded scan.
/// Deterministic for the same sheets, resolution and seed.
/// </summary>
public static class ScannedStacks
{
    private const int BilevelThreshold = 160;

    public static void WritePdf(string path, IReadOnlyList<StackSheet> sheets, int dpi, int seed)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var pages = new List<(byte[], bool, int, int, int)>(sheets.Count);
        for (var i = 0; i < sheets.Count; i++)
        {
            using var scan = Scan(sheets[i], dpi, seed + i);
            if (sheets[i].Bilevel)
            {
                Threshold(scan);
                pages.Add((Encode(scan, SKEncodedImageFormat.Png, 100), false, scan.Width, scan.Height, dpi));
            }
            else
            {
                pages.Add((Encode(scan, SKEncodedImageFormat.Jpeg, 85), true, scan.Width, scan.Height, dpi));
            }
        }

        using var output = File.Create(path);
        ImageWriters.SaveImageOnlyPdf(pages, output);
    }

    public static void WriteTiff(string path, IReadOnlyList<StackSheet> sheets, int dpi, int seed)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        File.Delete(path);
        var mode = "w";
        for (var i = 0; i < sheets.Count; i++)
        {
            using var scan = Scan(sheets[i], dpi, seed + i);
            using var grey = ToPix(scan, dpi);
            using var bilevel = sheets[i].Bilevel ? Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, BilevelThreshold), "pixThresholdToBinary") : null;
            if (bilevel is not null)
            {
                bilevel.Resolution = dpi;
            }

            if (LeptonicaApi.PixWriteTiff(path, (bilevel ?? grey).Pointer, bilevel is null ? LeptonicaApi.FormatTiffZip : LeptonicaApi.FormatTiffG4, mode) != 0)
            {
                throw new InvalidOperationException($"Leptonica could not write page {i + 1} of {path}.");
            }

            mode = "a";
        }
    }

    private static SKBitmap Scan(StackSheet sheet, int dpi, int seed)
    {
        using var clean = sheet switch
        {
            { IsSeparator: true } => SeparatorSheetImage.Render(sheet.SeparatorLabel, dpi),
            { Page: { } page } => PageRenderer.Render(page, dpi).Bitmap,
            _ => PageRenderer.Render(new PageContent(), dpi).Bitmap,
        };
        return new ScanDegrader(seed) { RotationDegrees = sheet.RotationDegrees }.Degrade(clean);
    }

    private static void Threshold(SKBitmap grey)
    {
        var pixels = grey.GetPixelSpan();
        for (var y = 0; y < grey.Height; y++)
        {
            var row = pixels.Slice(y * grey.RowBytes, grey.Width);
            foreach (ref var value in row)
            {
                value = value < BilevelThreshold ? (byte)0 : (byte)255;
            }
        }
    }

    private static Pix ToPix(SKBitmap grey, int dpi) => Pix.FromGrey(grey.GetPixelSpan(), grey.Width, grey.Height, grey.RowBytes, dpi);

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var stream = new MemoryStream();
        return bitmap.Encode(stream, format, quality) ? stream.ToArray() : throw new InvalidOperationException($"SkiaSharp could not encode a page as {format}.");
    }
}
