namespace DocClassifier.Host.Web.Accounts;

/// <summary>
/// The folder of the data-protection keys that sign login cookies: whoever reads them can forge an admin's cookie.
/// On Linux and macOS it is made readable by the service account only (0700, the keys in it 0600), when it is
/// created and again at every start if something loosened it. On Windows the folder inherits its ACL: see the
/// README for encrypting the keys at rest.
/// </summary>
public static class PrivateKeyFolder
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static DirectoryInfo Prepare(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        // Created with the mode, so there is no moment when it is open; an existing folder keeps its mode, so set it.
        var folder = Directory.CreateDirectory(path, FolderMode);
        if (folder.UnixFileMode != FolderMode)
        {
            folder.UnixFileMode = FolderMode;
        }

        foreach (var key in folder.EnumerateFiles())
        {
            if ((key.UnixFileMode & ~FileMode) != 0)
            {
                key.UnixFileMode = FileMode;
            }
        }

        return folder;
    }
}
