using DocClassifier.Storage;

namespace DocClassifier.Routing;

/// <summary>
/// Records failures in <c>&lt;failedRoot&gt;/</c>: the copy of the original, then <c>&lt;id&gt;.error.json</c>,
/// each through a temporary name and an atomic rename, the JSON last. Jobs run at least once, so
/// failing the same id again overwrites the first record and leaves nothing extra.
/// </summary>
internal sealed class FolderFailureSink(string failedRoot, TimeProvider? clock = null) : IFailureSink
{
    private readonly TimeProvider clock = DefaultClock.Or(clock);

    public void Fail(DocumentInfo document, string code, string reason)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        DocumentId.Require(document.Id);

        Directory.CreateDirectory(failedRoot);
        AtomicFile.RemoveLeftovers(failedRoot, document.Id);

        var documentFile = document.Id + PathParts.CopyExtension(document.OriginalFileName);
        AtomicFile.Copy(document.ArchivePath, Path.Combine(failedRoot, documentFile));

        var error = new ErrorJson
        {
            Id = document.Id,
            DocumentFile = documentFile,
            OriginalFileName = document.OriginalFileName,
            SourceFolder = document.SourceFolder,
            ReceivedAt = document.ReceivedAt,
            FailedAt = clock.GetLocalNow(),
            Code = code,
            Reason = reason,
        };
        AtomicFile.WriteJson(Path.Combine(failedRoot, document.Id + ".error.json"), error, JsonFiles.Options);
    }

    public void Withdraw(string documentId)
    {
        DocumentId.Require(documentId);
        if (!Directory.Exists(failedRoot))
        {
            return;
        }

        // The JSON first: a bot that sees no <id>.error.json no longer treats the copy as failed.
        File.Delete(Path.Combine(failedRoot, documentId + ".error.json"));
        foreach (var file in Directory.EnumerateFiles(failedRoot, documentId + ".*"))
        {
            File.Delete(file);
        }

        AtomicFile.RemoveLeftovers(failedRoot, documentId);
    }
}
