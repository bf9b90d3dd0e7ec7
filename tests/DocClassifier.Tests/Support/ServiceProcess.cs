using System.Diagnostics;

namespace DocClassifier.Tests.Support;

/// <summary><c>docclassifier run</c> as a real child process on a base folder, with short intake delays.</summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process process;

    private ServiceProcess(Process process) => this.process = process;

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

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(process);
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

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
