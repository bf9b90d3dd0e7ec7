using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace DocClassifier.Tests.Support;

/// <summary><c>docclassifier run</c> as a real child process on a base folder, with short intake delays.</summary>
internal sealed class ServiceProcess : IDisposable
{
    private const int KeptLines = 2000;
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ServiceProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the service wrote (standard output and error), for assertions on its log and for diagnosing a failed test.</summary>
    public IReadOnlyList<string> Output => [.. lines];

    public static ServiceProcess Start(string baseDirectory, string? postgres = null, IReadOnlyDictionary<string, string>? settings = null, string role = "all")
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "docclassifier.dll"), "run", "--base-dir", baseDirectory, "--role", role })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOCCLASSIFIER__STABLEFORSECONDS"] = "0.5";
        start.Environment["DOCCLASSIFIER__RESCANSECONDS"] = "1";
        start.Environment["WEB__URL"] = "http://127.0.0.1:0";
        if (postgres is not null)
        {
            start.Environment["DOCCLASSIFIER__STORAGE"] = "postgres";
            start.Environment["DOCCLASSIFIER__CONNECTIONSTRING"] = postgres;
        }

        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var service = new ServiceProcess(Process.Start(start)!);
        service.process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        service.process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        return service;
    }

    /// <summary>The process's peak resident set so far (VmHWM), in MB.</summary>
    public double PeakRssMegabytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        while (lines.Count > KeptLines)
        {
            lines.TryDequeue(out _);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
