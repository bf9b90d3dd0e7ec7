using DocClassifier.Extraction.Native;
using SkiaSharp;

namespace DocClassifier.Samples.Corpus;

// Writes one document in its format. Scans are rendered at 200-300 dpi, marked, degraded to
// grey and encoded: JPEG for scanned PDFs and .jpg, grey PNG, and TIFF either as bilevel G4 (a
// fax or "black and white" scan, the common case for TIFF) or as grey ZIP.
internal static class SampleFileWriter
{
    private const int BilevelThreshold = 170;

    public static void Write(SampleDocument document, string path)
    {
        if (document.Format == SampleFormat.DigitalPdf)
        {
            using var file = File.Create(path);
            PageRenderer.RenderPdf(document.Pages, file);
            return;
        }

        var random = new Random(document.ScanSeed);
        var profile = ScanProfile.Choose(random, document.Format);
        switch (document.Format)
        {
            case SampleFormat.ScannedPdf:
                var images = new List<(byte[] imageBytes, bool isJpeg, int widthPx, int heightPx, int dpi)>();
                for (var i = 0; i < document.Pages.Count; i++)
                {
                    using var scan = Scan(document, i, profile, random);
                    images.Add((Jpeg(scan, profile), true, scan.Width, scan.Height, profile.Dpi));
                }

                using (var file = File.Create(path))
                {
                    ImageWriters.SaveImageOnlyPdf(images, file);
                }

                break;
            case SampleFormat.Jpeg:
                using (var scan = Scan(document, 0, profile, random))
                {
                    File.WriteAllBytes(path, Jpeg(scan, profile));
                }

                break;
            case SampleFormat.Png:
                using (var scan = Scan(document, 0, profile, random))
                using (var grey = ToPix(scan, profile.Dpi))
                using (var bilevel = profile.Bilevel ? Binarize(grey, profile.Dpi) : null)
                {
                    // Through Leptonica so the PNG states its resolution (pHYs), as a scanner's does.
                    File.WriteAllBytes(path, (bilevel ?? grey).Encode(LeptonicaApi.FormatPng));
                }

                break;
            case SampleFormat.Tiff:
                WriteTiff(document, path, profile, random);
                break;
            default:
                throw new ArgumentException($"{document.Format} is not a file format of the image corpus.", nameof(document));
        }
    }

    private static SKBitmap Scan(SampleDocument document, int pageIndex, ScanProfile profile, Random random)
    {
        var content = document.Pages[pageIndex];
        using var page = PageRenderer.Render(content, profile.Dpi);
        PageMarker.Mark(page.Bitmap, profile.Dpi, content, document, pageIndex, random);
        var degrader = new ScanDegrader(random.Next())
        {
            // Sheets of one batch are skewed alike but not identically.
            RotationDegrees = Math.Clamp(profile.RotationDegrees + ((float)random.NextDouble() * 0.4f) - 0.2f, -2f, 2f),
            GrainSigma = profile.GrainSigma,
            BlurSigma = profile.BlurSigma,
            SpeckDensity = profile.SpeckDensity,
        };
        return degrader.Degrade(page.Bitmap);
    }

    private static void WriteTiff(SampleDocument document, string path, ScanProfile profile, Random random)
    {
        // Leptonica appends pages to an existing file in mode "a", so start from nothing.
        File.Delete(path);
        var mode = "w";
        for (var i = 0; i < document.Pages.Count; i++)
        {
            using var scan = Scan(document, i, profile, random);
            using var grey = ToPix(scan, profile.Dpi);
            using var bilevel = profile.Bilevel ? Binarize(grey, profile.Dpi) : null;
            var target = bilevel ?? grey;
            var compression = profile.Bilevel ? LeptonicaApi.FormatTiffG4 : LeptonicaApi.FormatTiffZip;
            if (LeptonicaApi.PixWriteTiff(path, target.Pointer, compression, mode) != 0)
            {
                throw new InvalidOperationException($"Leptonica could not write page {i + 1} of {path}.");
            }

            mode = "a";
        }
    }

    // A scanner's black-and-white mode: one global threshold, so faint specks vanish and the red
    // stamp comes out as solid black strokes.
    private static Pix Binarize(Pix grey, int dpi)
    {
        var binary = Pix.Own(LeptonicaApi.PixThresholdToBinary(grey.Pointer, BilevelThreshold), "pixThresholdToBinary");
        binary.Resolution = dpi;
        return binary;
    }

    private static Pix ToPix(SKBitmap scan, int dpi)
    {
        if (scan.ColorType != SKColorType.Gray8)
        {
            throw new ArgumentException("Expected a Gray8 scan from ScanDegrader.", nameof(scan));
        }

        return Pix.FromGrey(scan.GetPixelSpan(), scan.Width, scan.Height, scan.RowBytes, dpi);
    }

    // Skia writes a JFIF header without units (density 1:1); a scanner states its resolution,
    // so units become dots per inch and both densities the scan's dpi.
    private static byte[] Jpeg(SKBitmap scan, ScanProfile profile)
    {
        var jpeg = Encode(scan, SKEncodedImageFormat.Jpeg, profile.JpegQuality);
        ReadOnlySpan<byte> jfif = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00];
        if (jpeg.AsSpan().StartsWith(jfif))
        {
            jpeg[13] = 1;
            jpeg[14] = jpeg[16] = (byte)(profile.Dpi >> 8);
            jpeg[15] = jpeg[17] = (byte)(profile.Dpi & 0xFF);
        }

        return jpeg;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var stream = new MemoryStream();
        if (!bitmap.Encode(stream, format, quality))
        {
            throw new InvalidOperationException($"SkiaSharp could not encode a page as {format}.");
        }

        return stream.ToArray();
    }
}
