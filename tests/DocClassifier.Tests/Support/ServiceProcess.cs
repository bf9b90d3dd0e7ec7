using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace DocClassifier.Tests.Support;

/// <summary>
/// <c>docclassifier run</c> as a real child process on a base folder, with short intake delays: the one harness of the
/// tests and the service benchmark (which compiles this file in).
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private const int KeptLines = 2000;
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the service wrote (standard output and error), for assertions on its log and for diagnosing a failed test.</summary>
    public IReadOnlyList<string> Output => [.. lines];

    /// <param name="settings">Environment variables over the defaults (e.g. <c>DOCCLASSIFIER__RESCANSECONDS</c>, 1 here).</param>
    /// <param name="errors">Sees each line the service writes to standard error, as it comes.</param>
    /// <param name="cpus">
    /// Cores to pin the process to (a <c>taskset -c</c> list, e.g. "0" or "2-3"), set before the runtime starts so that every
    /// thread it ever makes inherits it, and the runtime counts only these cores (one Hangfire worker per core by default).
    /// </param>
    public static ServiceProcess Start(
        string baseDirectory, string? postgres = null, IReadOnlyDictionary<string, string>? settings = null, string role = "all", Action<string>? errors = null, string? cpus = null)
    {
        var start = new ProcessStartInfo(cpus is null ? "dotnet" : "taskset") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] pinning = cpus is null ? [] : ["-c", cpus, "dotnet"];
        foreach (var argument in pinning.Concat([Path.Combine(AppContext.BaseDirectory, "docclassifier.dll"), "run", "--base-dir", baseDirectory, "--role", role]))
        {
            start.ArgumentList.Add(argument);
        }

        // Half a second of stability is plenty for files moved in on the same disk; the 5 s default is for network copies.
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
        service.process.ErrorDataReceived += (_, e) =>
        {
            service.Keep(e.Data);
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                errors?.Invoke(e.Data);
            }
        };
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Waits until the host has started every hosted service (watcher, Hangfire server).</summary>
    public void WaitReady(TimeSpan timeout)
    {
        if (!ready.Task.Wait(timeout))
        {
            throw new TimeoutException($"docclassifier run did not start within {timeout.TotalSeconds:F0} s (exited: {process.HasExited}).");
        }
    }

    /// <summary>The process's peak resident set so far (VmHWM), in MB; NaN where /proc does not exist.</summary>
    public double PeakRssMegabytes() => StatusMegabytes("VmHWM:");

    /// <summary>The process's resident set now (VmRSS), in MB; NaN where /proc does not exist.</summary>
    public double RssMegabytes() => StatusMegabytes("VmRSS:");

    /// <summary>Processor time the process and its waited-for children (pdftoppm) have used, user and system, in seconds.</summary>
    public double ProcessorSeconds() => ProcessorTicks.Of(process.Id) is { } time ? time.Own + time.Children : double.NaN;

    private double StatusMegabytes(string field)
    {
        var status = $"/proc/{process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) : null;
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>The cores each of the process's threads may run on (Cpus_allowed_list in /proc), one entry per thread.</summary>
    public IReadOnlyList<string> AllowedCpusOfEachThread()
    {
        static string? AllowedCpus(string task)
        {
            try
            {
                return File.ReadLines(Path.Combine(task, "status")).FirstOrDefault(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal))?["Cpus_allowed_list:".Length..].Trim();
            }
            catch (IOException)
            {
                return null; // the thread ended while we looked
            }
        }

        return [.. Directory.EnumerateDirectories($"/proc/{process.Id}/task").Select(AllowedCpus).OfType<string>()];
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

        // Logged by the host once every hosted service has started.
        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            ready.TrySetResult();
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
