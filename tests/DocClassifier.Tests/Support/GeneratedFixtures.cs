using DocClassifier.Extraction.Native;
using DocClassifier.Samples;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Scan-like test documents rendered once per test run: a Traditional Chinese tax form and an
/// English letter at 300 dpi with noise, blur and a small rotation, in every format we read.
/// </summary>
internal static class GeneratedFixtures
{
    public const string FormPng = "form.png";
    public const string FormJpeg = "form.jpg";
    public const string LetterPng = "letter.png";
    public const string TwoPageTiff = "scan.tif";
    public const string JpegImagePdf = "scan-jpeg.pdf";
    public const string FlateImagePdf = "scan-flate.pdf";
    public const string BornDigitalPdf = "digital.pdf";
    public const string LowResolutionForm = "form-150dpi.png";

    private static readonly Lazy<string> Folder = new(Generate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ChineseTruth { get; } = FixtureDocuments.ChineseTaxForm().GroundTruth;

    public static string EnglishTruth { get; } = FixtureDocuments.EnglishLetter().GroundTruth;

    public static string PathOf(string name) => Path.Combine(Folder.Value, name);

    private static string Generate()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "generated-fixtures");
        Directory.CreateDirectory(folder);

        using var form = PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 300);
        using var letter = PageRenderer.Render(FixtureDocuments.EnglishLetter(), 300);
        using var formScan = new ScanDegrader(7) { RotationDegrees = 1.5f }.Degrade(form.Bitmap);
        using var letterScan = new ScanDegrader(11) { RotationDegrees = -1f }.Degrade(letter.Bitmap);

        var formPng = Encode(formScan, ImageWriters.SavePng);
        var formJpeg = Encode(formScan, (b, s) => ImageWriters.SaveJpeg(b, s, 85));
        var letterPng = Encode(letterScan, ImageWriters.SavePng);
        var letterJpeg = Encode(letterScan, (b, s) => ImageWriters.SaveJpeg(b, s, 85));
        File.WriteAllBytes(Path.Combine(folder, FormPng), formPng);
        File.WriteAllBytes(Path.Combine(folder, FormJpeg), formJpeg);
        File.WriteAllBytes(Path.Combine(folder, LetterPng), letterPng);

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
        File.WriteAllBytes(Path.Combine(folder, LowResolutionForm), stated.Encode(LeptonicaApi.FormatPng));
        return folder;
    }

    private static byte[] Encode(SkiaSharp.SKBitmap bitmap, Action<SkiaSharp.SKBitmap, Stream> save)
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
            using var pix = Pix.TryRead(page) ?? throw new InvalidOperationException("fixture page did not decode");
            pix.Resolution = 300;
            if (LeptonicaApi.PixWriteTiff(path, pix.Pointer, LeptonicaApi.FormatTiffZip, mode) != 0)
            {
                throw new InvalidOperationException("Leptonica could not write the TIFF fixture.");
            }

            mode = "a";
        }
    }
}
