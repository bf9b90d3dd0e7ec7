using System.Diagnostics;
using System.Globalization;

namespace DocClassifier.Benchmarks;

/// <summary><c>docclassifier run</c> as a child process on its own base folder, as it runs in production.</summary>
internal sealed class ServiceRun : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceRun(Process process) => this.process = process;

    public static ServiceRun Start(string baseDirectory, string? postgres, IReadOnlyDictionary<string, string>? settings = null, string role = "all")
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "docclassifier.dll"), "run", "--base-dir", baseDirectory, "--role", role })
        {
            start.ArgumentList.Add(argument);
        }

        // Half a second of stability is plenty for files moved in on the same disk; the 5 s default is for network copies.
        start.Environment["DOCCLASSIFIER__STABLEFORSECONDS"] = "0.5";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
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

        var run = new ServiceRun(Process.Start(start)!);
        run.process.OutputDataReceived += (_, e) =>
        {
            // Logged by the host once every hosted service (watcher, Hangfire server) has started.
            if (e.Data?.Contains("Application started", StringComparison.Ordinal) == true)
            {
                run.ready.TrySetResult();
            }
        };
        run.process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                Console.Error.WriteLine($"  service: {e.Data}");
            }
        };
        run.process.BeginOutputReadLine();
        run.process.BeginErrorReadLine();
        return run;
    }

    public int Id => process.Id;

    public void WaitReady(TimeSpan timeout)
    {
        if (!ready.Task.Wait(timeout))
        {
            throw new TimeoutException($"docclassifier run did not start within {timeout.TotalSeconds:F0} s (exited: {process.HasExited}).");
        }
    }

    /// <summary>The process's peak resident set (VmHWM) in MB; null where /proc does not exist.</summary>
    public double? PeakRssMegabytes()
    {
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}
