namespace DocClassifier.Intake;

/// <summary>
/// Files in the inbox that are never documents: Office lock files, partial downloads, OS litter, hidden
/// files, and symbolic links (see <see cref="IsLink"/>).
/// </summary>
public static class InboxFileFilter
{
    private static readonly string[] IgnoredNames = ["thumbs.db", "desktop.ini", ".ds_store"];
    private static readonly string[] IgnoredExtensions = [".tmp", ".part", ".crdownload", ".partial", ".swp"];

    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0 || name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
        {
            return true;
        }

        if (IgnoredNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            || IgnoredExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            return IsLink(path) || (File.GetAttributes(path) & (FileAttributes.Hidden | FileAttributes.System)) != 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>
    /// A symbolic link is never taken, nor followed: the service would read, archive and deliver whatever it
    /// points to, also files that the person who made the link cannot read. It stays in the inbox.
    /// </summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
