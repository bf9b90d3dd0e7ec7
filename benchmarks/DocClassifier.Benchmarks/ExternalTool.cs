using System.Diagnostics;

namespace DocClassifier.Benchmarks;

/// <summary>The other programs a benchmark compares with or checks by (pdftotext, ocrmypdf, qpdf), each on one thread.</summary>
internal static class ExternalTool
{
    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, tool)));

    /// <summary>Runs the tool and returns its exit code and standard output, whatever the exit code.</summary>
    public static (int ExitCode, string Output, string Errors) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, text, errors.Result);
    }

    /// <summary>Runs the tool and returns its standard output; a tool that fails stops the benchmark with its errors.</summary>
    public static string RunChecked(string tool, params string[] arguments)
    {
        var (exitCode, output, errors) = Run(tool, arguments);
        return exitCode == 0 ? output : throw new InvalidOperationException($"{tool} exited with {exitCode}: {errors}");
    }
}
