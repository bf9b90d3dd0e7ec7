namespace DocClassifier.Host.Service;

/// <summary>The service's folders, resolved once from the options.</summary>
public sealed record ServiceFolders(string Inbox, string Results, string Failed, string Archive, string Duplicates, string Work, string Examples, string Models)
{
    public static ServiceFolders From(ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ServiceFolders(
            options.Folder(options.Inbox, "inbox"),
            options.Folder(options.Results, "results"),
            options.Folder(options.Failed, "failed"),
            options.Folder(options.Archive, "archive"),
            options.Folder(options.Duplicates, "duplicates"),
            options.Folder(null, "work"),
            options.Folder(null, "training-examples"),
            options.Folder(options.ModelRegistry, "model-versions"));
    }
}
