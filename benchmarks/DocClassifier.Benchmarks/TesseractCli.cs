using System.Diagnostics;

namespace DocClassifier.Benchmarks;

/// <summary>The anchor: the tesseract command-line program with its defaults.</summary>
internal static class TesseractCli
{
    public static string Recognize(string image, string languages)
    {
        var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { image, "-", "-l", languages })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
