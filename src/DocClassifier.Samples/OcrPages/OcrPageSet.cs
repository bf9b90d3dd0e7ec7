using System.Globalization;
using System.Text;
using DocClassifier.Extraction.Native;
using SkiaSharp;

namespace DocClassifier.Samples.OcrPages;

/// <summary>
/// A ground-truth set of scanned Chinese pages for OCR, split in two: <c>tune/</c> (three layout families
/// in two faces) and <c>measure/</c> (three other families in three other faces), each page an image beside
/// its exact text (<c>NAME.gt.txt</c>), and a <c>manifest.tsv</c> per half with every page's family,
/// face, scan kind, resolution and skew. Deterministic: the same seed writes the same bytes.
/// </summary>
public static class OcrPageSet
{
    public const string TuneFolder = "tune";
    public const string MeasureFolder = "measure";
    public const string Manifest = "manifest.tsv";

    /// <summary>The seed of the two-column letters' set as tuned on (<see cref="TwoColumnLetter"/>).</summary>
    public const int LetterSeed = 1800;

    /// <summary>The seed of the two-column bulletins' set as tuned on (<see cref="TwoColumnBulletin"/>).</summary>
    public const int BulletinSeed = 2800;

    public static void Write(string folder, int pagesPerHalf = 90, int seed = 18)
    {
        Write(Path.Combine(folder, TuneFolder), OcrPageLayouts.Tune, OcrFaces.Tune, pagesPerHalf, seed);
        Write(Path.Combine(folder, MeasureFolder), OcrPageLayouts.Measure, OcrFaces.Measure, pagesPerHalf, seed + 1);
    }

    /// <summary>One page drawn by a family in a face, scanned as given; the caller owns the image.</summary>
    public static (byte[] Image, string Truth) Render(
        Action<OcrPageCanvas, OcrPhrases, Random> layout, OcrFace face, OcrPageScan scan, int seed, float marginInches = 0.8f)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(scan);
        var random = new Random(seed);
        var dpi = scan.Dpi;
        using var bitmap = new SKBitmap(new SKImageInfo(
            (int)Math.Round(PageRenderer.A4WidthInches * dpi), (int)Math.Round(PageRenderer.A4HeightInches * dpi), SKColorType.Rgba8888, SKAlphaType.Opaque));
        string truth;
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            var page = new OcrPageCanvas(canvas, face.Typeface, dpi, marginInches);
            layout(page, new OcrPhrases(random), random);
            truth = page.Truth;
        }

        var degrader = new ScanDegrader(seed)
        {
            RotationDegrees = scan.SkewDegrees,
            BlurSigma = 0.3f + (0.5f * dpi / 300f),
            GrainSigma = 3 + (4 * random.NextDouble()),
            SpeckDensity = 0.0002,
        };
        using var grey = degrader.Degrade(bitmap);
        return (Encode(grey, scan), truth);
    }

    /// <summary>
    /// Page <paramref name="index"/> of a half (<see cref="TuneFolder"/> or <see cref="MeasureFolder"/>) exactly as
    /// <see cref="Write"/> writes it with the default seed: its file name, image bytes, true text and manifest row.
    /// </summary>
    public static (string Name, byte[] Image, string Truth, string ManifestRow) Page(string half, int index, int seed = 18)
    {
        var measure = half == MeasureFolder;
        if (!measure && half != TuneFolder)
        {
            throw new ArgumentException($"The set has only the halves {TuneFolder} and {MeasureFolder}.", nameof(half));
        }

        return measure
            ? Page(OcrPageLayouts.Measure, OcrFaces.Measure, index, seed + 1)
            : Page(OcrPageLayouts.Tune, OcrFaces.Tune, index, seed);
    }

    /// <summary>
    /// Page <paramref name="index"/> of the tune side's two-column letters (<see cref="OcrPageLayouts.TuneColumns"/>, in the
    /// tune faces): not part of either half, for tuning and testing reading order.
    /// </summary>
    public static (string Name, byte[] Image, string Truth, string ManifestRow) TwoColumnLetter(int index, int seed = LetterSeed) =>
        Page([OcrPageLayouts.TuneColumns], OcrFaces.Tune, index, seed);

    /// <summary>Writes <paramref name="count"/> of the tune side's two-column letters (<see cref="TwoColumnLetter"/>) with their truth and manifest.</summary>
    public static void WriteTwoColumnLetters(string folder, int count, int seed = LetterSeed) =>
        Write(folder, [OcrPageLayouts.TuneColumns], OcrFaces.Tune, count, seed);

    /// <summary>
    /// Page <paramref name="index"/> of the tune side's two-column bulletins (<see cref="OcrPageLayouts.TuneBulletins"/>, in
    /// the tune faces): not part of either half, for tuning reading order on columns unlike the letters'.
    /// </summary>
    public static (string Name, byte[] Image, string Truth, string ManifestRow) TwoColumnBulletin(int index, int seed = BulletinSeed) =>
        Page([OcrPageLayouts.TuneBulletins], OcrFaces.Tune, index, seed);

    /// <summary>Writes <paramref name="count"/> of the tune side's two-column bulletins (<see cref="TwoColumnBulletin"/>) with their truth and manifest.</summary>
    public static void WriteTwoColumnBulletins(string folder, int count, int seed = BulletinSeed) =>
        Write(folder, [OcrPageLayouts.TuneBulletins], OcrFaces.Tune, count, seed);

    private static (string Name, byte[] Image, string Truth, string ManifestRow) Page(
        IReadOnlyList<(string Name, Action<OcrPageCanvas, OcrPhrases, Random> Draw)> layouts, IReadOnlyList<OcrFace> faces, int i, int seed)
    {
        var random = new Random((seed * 100_003) + i);
        var (family, draw) = layouts[i % layouts.Count];
        var face = faces[(i / layouts.Count) % faces.Count];
        var scan = OcrPageScan.Draw(random);
        var pageSeed = random.Next();
        var (image, truth) = Render(draw, face, scan, pageSeed, 0.6f + (0.4f * (float)random.NextDouble()));
        var name = $"{family}-{i:D3}.{(scan.Kind == OcrPageScan.Jpeg ? "jpg" : scan.Kind == OcrPageScan.Fax ? "tif" : "png")}";
        var row = string.Join('\t', name, family, face.Name, face.Style, scan.Kind, scan.Dpi.ToString(CultureInfo.InvariantCulture), scan.SkewDegrees.ToString("F1", CultureInfo.InvariantCulture));
        return (name, image, truth, row);
    }

    private static void Write(
        string folder, IReadOnlyList<(string Name, Action<OcrPageCanvas, OcrPhrases, Random> Draw)> layouts, IReadOnlyList<OcrFace> faces, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var rows = new string[count];
        Parallel.For(0, count, i =>
        {
            var (name, image, truth, row) = Page(layouts, faces, i, seed);
            File.WriteAllBytes(Path.Combine(folder, name), image);
            File.WriteAllText(Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".gt.txt"), truth + "\n");
            rows[i] = row;
        });
        var manifest = new StringBuilder("file\tfamily\tface\tstyle\tscan\tdpi\tskew\n");
        foreach (var row in rows)
        {
            manifest.Append(row).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, Manifest), manifest.ToString());
    }

    private static byte[] Encode(SKBitmap grey, OcrPageScan scan)
    {
        using var stream = new MemoryStream();
        if (scan.Kind == OcrPageScan.Jpeg)
        {
            ImageWriters.SaveJpeg(grey, stream, scan.JpegQuality);
            return WithJfifDensity(stream.ToArray(), scan.Dpi);
        }

        ImageWriters.SavePng(grey, stream);
        using var pix = Pix.TryRead(stream.ToArray()) ?? throw new InvalidOperationException("A generated page did not decode.");
        if (scan.Kind != OcrPageScan.Fax)
        {
            pix.Resolution = scan.Dpi;
            return pix.Encode(LeptonicaApi.FormatPng);
        }

        // Every other line of the 204 dpi page is sent, then thresholded to one bit: a G4 TIFF at 204x98 dpi.
        using var lines = Pix.Own(LeptonicaApi.PixScale(pix.Pointer, 1f, (float)OcrPageScan.FaxDpiY / OcrPageScan.FaxDpiX), "fax line sampling");
        using var fax = Pix.Own(LeptonicaApi.PixThresholdToBinary(lines.Pointer, 150), "fax threshold");
        _ = LeptonicaApi.PixSetResolution(fax.Pointer, OcrPageScan.FaxDpiX, OcrPageScan.FaxDpiY);
        return fax.Encode(LeptonicaApi.FormatTiffG4);
    }

    // Scanners state the resolution in the JPEG's JFIF header; Skia writes density 1:1 without units.
    private static byte[] WithJfifDensity(byte[] jpeg, int dpi)
    {
        if (jpeg.Length < 18 || jpeg[2] != 0xFF || jpeg[3] != 0xE0 || !jpeg.AsSpan(6, 5).SequenceEqual("JFIF\0"u8))
        {
            throw new InvalidOperationException("The JPEG encoder wrote no JFIF header to put the resolution in.");
        }

        jpeg[13] = 1; // dots per inch
        jpeg[14] = jpeg[16] = (byte)(dpi >> 8);
        jpeg[15] = jpeg[17] = (byte)dpi;
        return jpeg;
    }
}
