using System.Diagnostics;

namespace DocClassifier.Tests.Support;

/// <summary>poppler's <c>pdftotext</c> and <c>qpdf</c> (both installed by scripts/setup.sh), as a reader of our PDFs would run them.</summary>
internal static class PdfTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The text a PDF viewer would let a person search and copy.</summary>
    public static string Text(string pdf) => Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).Output;

    /// <summary>qpdf's structural check: exit code 0 and its report.</summary>
    public static (int ExitCode, string Output) Check(string pdf) => Run("qpdf", ["--check", pdf]);

    /// <summary>The mean grey (0 black, 255 white) of the first page as poppler renders it at 20 dpi.</summary>
    public static double MeanGrey(string pdf)
    {
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-r", "20", "-gray", "-f", "1", "-l", "1", pdf })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var image = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(image);
        process.WaitForExit();

        // P5, width and height, 255, then one byte a pixel.
        var bytes = image.ToArray();
        var header = 0;
        for (var fields = 0; fields < 4; header++)
        {
            fields += char.IsWhiteSpace((char)bytes[header]) ? 1 : 0;
        }

        return bytes.Skip(header).Average(b => (double)b);
    }

    public static int Pages(string pdf) => int.Parse(Run("qpdf", ["--show-npages", pdf]).Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
