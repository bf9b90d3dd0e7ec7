using DocClassifier.Extraction.Native;
using SkiaSharp;

namespace DocClassifier.Samples;

/// <summary>
/// The OCR fixtures: a Traditional Chinese tax form and an English letter rendered at 300 dpi with
/// noise, blur and a small rotation, in every format the extractor reads, each image beside its
/// ground truth (<c>NAME.gt.txt</c>). Deterministic: the same files every time.
/// </summary>
public static class OcrFixtureSet
{
    public const string FormPng = "form.png";
    public const string FormJpeg = "form.jpg";
    public const string LetterPng = "letter.png";
    public const string TwoPageTiff = "scan.tif";
    public const string JpegImagePdf = "scan-jpeg.pdf";
    public const string FlateImagePdf = "scan-flate.pdf";
    public const string BornDigitalPdf = "digital.pdf";
    public const string LowResolutionForm = "form-150dpi.png";

    public static string ChineseTruth { get; } = FixtureDocuments.ChineseTaxForm().GroundTruth;

    public static string EnglishTruth { get; } = FixtureDocuments.EnglishLetter().GroundTruth;

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        using var form = PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 300);
        using var letter = PageRenderer.Render(FixtureDocuments.EnglishLetter(), 300);
        using var formScan = new ScanDegrader(7) { RotationDegrees = 1.5f }.Degrade(form.Bitmap);
        using var letterScan = new ScanDegrader(11) { RotationDegrees = -1f }.Degrade(letter.Bitmap);

        var formPng = Encode(formScan, ImageWriters.SavePng);
        var formJpeg = Encode(formScan, (b, s) => ImageWriters.SaveJpeg(b, s, 85));
        var letterPng = Encode(letterScan, ImageWriters.SavePng);
        var letterJpeg = Encode(letterScan, (b, s) => ImageWriters.SaveJpeg(b, s, 85));
        WriteWithTruth(folder, FormPng, formPng, ChineseTruth);
        WriteWithTruth(folder, FormJpeg, formJpeg, ChineseTruth);
        WriteWithTruth(folder, LetterPng, letterPng, EnglishTruth);

        WriteTiff(Path.Combine(folder, TwoPageTiff), formPng, letterPng);
        WritePdf(Path.Combine(folder, JpegImagePdf), s => ImageWriters.SaveImageOnlyPdf(
            [(formJpeg, true, formScan.Width, formScan.Height, 300), (letterJpeg, true, letterScan.Width, letterScan.Height, 300)], s));
        WritePdf(Path.Combine(folder, FlateImagePdf), s => ImageWriters.SaveImageOnlyPdf(
            [(formPng, false, formScan.Width, formScan.Height, 300), (letterPng, false, letterScan.Width, letterScan.Height, 300)], s));
        WritePdf(Path.Combine(folder, BornDigitalPdf), s => PageRenderer.RenderPdf([FixtureDocuments.ChineseTaxForm(), FixtureDocuments.EnglishLetter()], s));

        using var lowResolution = PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 150);
        using var lowResolutionScan = new ScanDegrader(3) { RotationDegrees = 0.5f, BlurSigma = 0.4f }.Degrade(lowResolution.Bitmap);
        using var stated = Pix.TryRead(Encode(lowResolutionScan, ImageWriters.SavePng))!;
        stated.Resolution = 150; // written into the PNG's pHYs chunk, as a scanner would
        WriteWithTruth(folder, LowResolutionForm, stated.Encode(LeptonicaApi.FormatPng), ChineseTruth);
    }

    private static void WriteWithTruth(string folder, string name, byte[] image, string truth)
    {
        File.WriteAllBytes(Path.Combine(folder, name), image);
        File.WriteAllText(Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".gt.txt"), truth);
    }

    private static byte[] Encode(SKBitmap bitmap, Action<SKBitmap, Stream> save)
    {
        using var stream = new MemoryStream();
        save(bitmap, stream);
        return stream.ToArray();
    }

    private static void WritePdf(string path, Action<Stream> write)
    {
        using var file = File.Create(path);
        write(file);
    }

    // Leptonica writes multi-page TIFFs: "w" starts the file, "a" appends a page.
    private static void WriteTiff(string path, params byte[][] pages)
    {
        var mode = "w";
        foreach (var page in pages)
        {
            using var pix = Pix.TryRead(page) ?? throw new InvalidOperationException("A fixture page did not decode.");
            pix.Resolution = 300;
            if (LeptonicaApi.PixWriteTiff(path, pix.Pointer, LeptonicaApi.FormatTiffZip, mode) != 0)
            {
                throw new InvalidOperationException("Leptonica could not write the TIFF fixture.");
            }

            mode = "a";
        }
    }
}
