namespace DocClassifier.Samples;

/// <summary>Image-only PDFs of the Chinese tax form, one JPEG scan per page, every page (and so every file) different: work that only OCR can do.</summary>
public static class ScannedForms
{
    /// <summary>Writes a PDF of <paramref name="pages"/> scanned pages; each page costs a worker about a second or two of OCR.</summary>
    public static string WritePdf(string path, int pages, int seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var form = PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 300);
        var scans = new List<(byte[], bool, int, int, int)>();
        for (var i = 0; i < pages; i++)
        {
            using var scan = new ScanDegrader(seed * 1000 + i) { RotationDegrees = (i % 3) - 1 }.Degrade(form.Bitmap);
            using var jpeg = new MemoryStream();
            ImageWriters.SaveJpeg(scan, jpeg);
            scans.Add((jpeg.ToArray(), true, scan.Width, scan.Height, 300));
        }

        using (var output = File.Create(path))
        {
            ImageWriters.SaveImageOnlyPdf(scans, output);
        }

        return path;
    }
}
