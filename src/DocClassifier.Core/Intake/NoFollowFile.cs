using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DocClassifier.Intake;

/// <summary>
/// Opens an inbox file for reading only if the name is not a symbolic link at the moment of opening: the check and
/// the open are one step (<c>O_NOFOLLOW</c>), so a link swapped in after an earlier check is refused, not followed.
/// </summary>
public static partial class NoFollowFile
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    private const int TooManyLinks = 40; // ELOOP: what O_NOFOLLOW answers for a link
    private const int NoSuchFile = 2; // ENOENT
    private const int NotPermitted = 1; // EPERM
    private const int AccessDenied = 13; // EACCES

    /// <exception cref="IOException">The name is a symbolic link, or the file cannot be opened (<see cref="FileNotFoundException"/> when it is gone).</exception>
    /// <exception cref="UnauthorizedAccessException">The service may not read the file.</exception>
    public static FileStream OpenRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux())
        {
            // No O_NOFOLLOW here: open, then refuse a name that is a link now (a swap back in between is not caught).
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (new FileInfo(path).LinkTarget is not null)
            {
                stream.Dispose();
                throw LinkRefused(path);
            }

            return stream;
        }

        var descriptor = Open(path, ReadOnly | NoFollow() | CloseOnExec);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            var reason = $"Could not open {Path.GetFileName(path)}: {Marshal.GetPInvokeErrorMessage(error)}.";
            throw error switch
            {
                TooManyLinks => LinkRefused(path),
                NoSuchFile => new FileNotFoundException(reason, path),
                NotPermitted or AccessDenied => new UnauthorizedAccessException(reason),
                _ => new IOException(reason, error),
            };
        }

        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, 1 << 16);
    }

    private static IOException LinkRefused(string path) =>
        new($"{Path.GetFileName(path)} is a symbolic link; links are not taken. Copy the document itself into the inbox.");

    // O_NOFOLLOW differs between Linux architectures.
    private static int NoFollow() => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);
}
