using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace DocClassifier.Tests.Support;

/// <summary>
/// A command line run by <c>bash</c> as a newcomer would type it, in a session (process group) of its own, so that
/// <see cref="Interrupt"/> reaches <c>dotnet run</c> and the program it started like Ctrl+C in a terminal.
/// </summary>
internal sealed class ShellCommand : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ShellCommand(Process process) => this.process = process;

    public string Output => string.Join('\n', lines);

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ShellCommand Start(string commandLine, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        // setsid makes bash the leader of a new process group (a child of ours is never one, so setsid does not fork).
        // env restores SIGINT's default first: a test run started in the background (`dotnet test &`) passes SIGINT
        // down ignored, and .NET then never installs its Ctrl+C handler.
        var start = new ProcessStartInfo("env") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--default-signal=INT", "setsid", "bash", "-c", commandLine })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var command = new ShellCommand(Process.Start(start)!);
        command.process.OutputDataReceived += (_, e) => command.Keep(e.Data);
        command.process.ErrorDataReceived += (_, e) => command.Keep(e.Data);
        command.process.BeginOutputReadLine();
        command.process.BeginErrorReadLine();
        return command;
    }

    /// <summary>Runs the command to its end; one that outlives <paramref name="timeout"/> is killed with its process group.</summary>
    public static (int ExitCode, string Output) Run(string commandLine, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var command = Start(commandLine, workingDirectory, environment);
        if (!command.WaitForExit(timeout))
        {
            command.Kill();
            return (-1, command.Output + $"\n(killed after {timeout})");
        }

        return (command.ExitCode, command.Output);
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            return false;
        }

        process.WaitForExit(); // drains the redirected output
        return true;
    }

    /// <summary>SIGINT to the whole process group, as Ctrl+C in a terminal.</summary>
    public void Interrupt() => Signal("INT");

    /// <summary>SIGKILL to the whole process group and to anything that left it.</summary>
    public void Kill()
    {
        if (process.HasExited)
        {
            return;
        }

        Signal("KILL");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { $"-{signal}", "--", "-" + process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
