using System.Runtime.InteropServices;

namespace DocClassifier.Intake;

/// <summary>
/// Moves a file into place so that the destination name only ever holds the whole file. Within one volume that is a
/// rename. Across volumes the file is copied to a temporary name beside the destination, flushed to disk, renamed,
/// and only then is the source deleted: a kill in the middle of the copy leaves the source and a temporary file,
/// never a partial file under the destination's name that a later pass would take as the original.
/// </summary>
public static partial class VolumeSafeMove
{
    private const int CrossDevice = 18; // EXDEV, the same on every Linux architecture and on macOS

    public static void Move(string source, string destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var folder = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(folder);
        if (TryRename(source, destination))
        {
            return;
        }

        // The source is opened as it is named: a link is refused, not copied from.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(destination)}.tmp");
        using (var from = NoFollowFile.OpenRead(source))
        using (var to = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            from.CopyTo(to);
            to.Flush(flushToDisk: true);
        }

        File.Move(temporary, destination, overwrite: true);
        File.Delete(source);
    }

    /// <summary>Renames within one volume; false when the destination is on another volume (Unix: EXDEV; Windows: another drive or share).</summary>
    private static bool TryRename(string source, string destination)
    {
        if (OperatingSystem.IsWindows())
        {
            if (!string.Equals(Path.GetPathRoot(Path.GetFullPath(source)), Path.GetPathRoot(Path.GetFullPath(destination)), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            File.Move(source, destination, overwrite: true);
            return true;
        }

        if (Rename(source, destination) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == CrossDevice
            ? false
            : throw new IOException($"Could not move {Path.GetFileName(source)} to {Path.GetFileName(destination)}: {Marshal.GetPInvokeErrorMessage(error)}.", error);
    }

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Rename(string source, string destination);
}
