namespace DocClassifier.Intake;

/// <summary>Files in the inbox that are never documents: Office lock files, partial downloads, OS litter, hidden files.</summary>
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
            return (File.GetAttributes(path) & (FileAttributes.Hidden | FileAttributes.System)) != 0;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
