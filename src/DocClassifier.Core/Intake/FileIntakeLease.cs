namespace DocClassifier.Intake;

/// <summary>
/// The embedded default: an exclusively opened lock file beside the SQLite ledger. The operating
/// system releases it when the process ends in any way, so a second process on the same base folder
/// stands by and takes over.
/// </summary>
public sealed class FileIntakeLease(string path) : IIntakeLease
{
    private FileStream? held;

    public bool TryHold()
    {
        if (held is not null)
        {
            return true;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose() => held?.Dispose();
}
