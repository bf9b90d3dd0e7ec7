using System.Diagnostics;
using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Pdf;

/// <summary>
/// Page images through poppler-utils for what PdfPig cannot decode: pdfimages keeps the
/// original scan (about 0.02 s a page, JBIG2 included); pdftoppm renders pages that have no single scan.
/// </summary>
internal sealed class PopplerPageImages(ExtractionOptions options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static bool IsAvailable { get; } = FindOnPath("pdfimages") is not null && FindOnPath("pdftoppm") is not null;

    /// <summary>The page's largest embedded image, decoded by poppler.</summary>
    public Pix? ExtractScan(string pdfPath, int pageNumber, double pageWidthPoints) =>
        Run(pdfPath, pageNumber, "pdfimages", ["-png"], pageWidthPoints);

    /// <summary>The page rendered in grey at the target resolution.</summary>
    public Pix? Render(string pdfPath, int pageNumber) =>
        Run(pdfPath, pageNumber, "pdftoppm", ["-gray", "-r", options.TargetResolution.ToString(System.Globalization.CultureInfo.InvariantCulture)], 0);

    private Pix? Run(string pdfPath, int pageNumber, string tool, string[] toolOptions, double pageWidthPoints)
    {
        var folder = Directory.CreateTempSubdirectory("docclassifier-poppler-");
        try
        {
            var page = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in toolOptions.Concat(["-f", page, "-l", page, pdfPath, Path.Combine(folder.FullName, "p")]))
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start."))
            {
                _ = process.StandardError.ReadToEndAsync();
                _ = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(Timeout))
                {
                    process.Kill(entireProcessTree: true);
                    return null;
                }
            }

            var largest = folder.GetFiles().OrderByDescending(f => f.Length).FirstOrDefault();
            if (largest is null)
            {
                return null;
            }

            var pix = Pix.TryRead(File.ReadAllBytes(largest.FullName));
            if (pix is not null)
            {
                pix.Resolution = pageWidthPoints > 36 ? (int)Math.Round(pix.Width / (pageWidthPoints / 72.0)) : options.TargetResolution;
            }

            return pix;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? tool + ".exe" : tool))
            .FirstOrDefault(File.Exists);
}
