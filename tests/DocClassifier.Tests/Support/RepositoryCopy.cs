using System.Diagnostics;

namespace DocClassifier.Tests.Support;

/// <summary>
/// A fresh copy of the repository the tests were built from, as a newcomer's clone would have it: every file git tracks
/// or would track (uncommitted changes included, so the copy tests the code under test), nothing it ignores (no
/// <c>bin/</c>, <c>obj/</c> or <c>docclassifier-data/</c>). Deleted with everything in it when disposed.
/// </summary>
internal sealed class RepositoryCopy : IDisposable
{
    private readonly TempFolder folder = new();

    private RepositoryCopy()
    {
    }

    /// <summary>The copy's root, where the README's commands are typed.</summary>
    public string Root => folder.Path;

    /// <summary>The folder above the test binaries that holds <c>DocClassifier.sln</c>.</summary>
    public static string SourceRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocClassifier.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds DocClassifier.sln.");
    }

    public static RepositoryCopy Create()
    {
        var source = SourceRoot();
        var copy = new RepositoryCopy();
        foreach (var relative in TrackedFiles(source))
        {
            var from = Path.Combine(source, relative);
            if (!File.Exists(from))
            {
                continue; // deleted in the working tree but not yet committed
            }

            var to = Path.Combine(copy.Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to); // keeps the Unix mode, so scripts/setup.sh stays executable
        }

        return copy;
    }

    private static List<string> TrackedFiles(string root)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var errors = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git ls-files failed in {root}: {errors.Result}");
        }

        return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct()];
    }

    public void Dispose() => folder.Dispose();
}
