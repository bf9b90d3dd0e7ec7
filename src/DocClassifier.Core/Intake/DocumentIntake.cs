using System.Security.Cryptography;
using DocClassifier.Storage;

namespace DocClassifier.Intake;

/// <summary>
/// Takes finished files out of the inbox. A document is recorded in the ledger BEFORE the file
/// leaves the inbox, so a crash at any point loses nothing: a file still in the inbox whose id is
/// recorded but not yet archived is simply archived on the next pass. A clerk's file is never deleted:
/// copies of known documents go to duplicates/.
/// </summary>
public sealed class DocumentIntake(IDocumentLedger ledger, string inboxRoot, string archiveRoot, string duplicatesRoot, TimeProvider clock)
{
    private const string Actor = "intake";
    private const int MaxExtensionLength = 16;

    public IntakeResult Ingest(string path) => Ingest(path, Path.GetFileName(path), SourceFolderOf(path));

    /// <summary>Takes a file that arrived another way (an upload), under the name and source the sender gave.</summary>
    public IntakeResult Ingest(string path, string originalFileName, string sourceFolder)
    {
        var document = Describe(path, originalFileName, sourceFolder, clock.GetUtcNow());
        return ledger.TryRecord(document, Actor) ? Archive(path, document) : Settle(path, document);
    }

    /// <summary>
    /// Takes a batch of finished inbox files with one ledger commit for all of them (a commit waits for the disk,
    /// so one per file would limit intake to the disk's flush rate). Every file is recorded before any is moved.
    /// A file that cannot be read or moved (locked, vanished) is reported to <paramref name="notTaken"/> and stays
    /// where it is, to be taken on a later pass; the rest of the batch goes on.
    /// </summary>
    public IReadOnlyList<IntakeResult> IngestAll(IReadOnlyList<string> paths, Action<string, IOException> notTaken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(notTaken);
        var now = clock.GetUtcNow();
        var arrivals = new List<(string Path, NewDocument Document)>(paths.Count);
        foreach (var path in paths)
        {
            try
            {
                arrivals.Add((path, Describe(path, Path.GetFileName(path), SourceFolderOf(path), now)));
            }
            catch (IOException e)
            {
                notTaken(path, e);
            }
            catch (UnauthorizedAccessException e)
            {
                notTaken(path, new IOException(e.Message, e));
            }
        }

        // A set of our own: the second of two identical files in one batch is then a duplicate of the first.
        var recorded = new HashSet<string>(ledger.RecordAll([.. arrivals.Select(a => a.Document)], Actor), StringComparer.Ordinal);
        var results = new List<IntakeResult>(arrivals.Count);
        foreach (var (path, document) in arrivals)
        {
            try
            {
                results.Add(recorded.Remove(document.Id) ? Archive(path, document) : Settle(path, document));
            }
            catch (IOException e)
            {
                notTaken(path, e);
            }
            catch (UnauthorizedAccessException e)
            {
                notTaken(path, new IOException(e.Message, e));
            }
        }

        return results;
    }

    private string SourceFolderOf(string path)
    {
        var sourceFolder = Path.GetRelativePath(inboxRoot, Path.GetDirectoryName(Path.GetFullPath(path))!).Replace('\\', '/');
        return sourceFolder == "." ? string.Empty : sourceFolder;
    }

    private NewDocument Describe(string path, string originalFileName, string sourceFolder, DateTimeOffset now)
    {
        var id = HashOf(path);
        var extension = Path.GetExtension(originalFileName).ToLowerInvariant();
        extension = extension.Length <= MaxExtensionLength ? extension : string.Empty; // a name's tail, not a format's extension
        var archivePath = Path.Combine(archiveRoot, now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), now.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), id + extension);
        return new NewDocument(id, originalFileName, sourceFolder, now, archivePath);
    }

    private static IntakeResult Archive(string path, NewDocument document)
    {
        MoveInto(path, document.ArchivePath);
        return new IntakeResult(document.Id, true, document.ArchivePath, path);
    }

    /// <summary>A file whose content the ledger already knows.</summary>
    private IntakeResult Settle(string path, NewDocument document)
    {
        var known = ledger.Find(document.Id)!;
        if (!File.Exists(known.ArchivePath))
        {
            // Recorded by a run that stopped before the move: finish it, this is not a duplicate.
            MoveInto(path, known.ArchivePath);
            return new IntakeResult(document.Id, known.State is DocumentState.Received or DocumentState.Processing, known.ArchivePath, path);
        }

        // Two copies taken in the same batch share the time: a number keeps the second from replacing the first.
        var stamp = $"{document.Id[..12]}-{document.ReceivedAt:yyyyMMddHHmmssfff}";
        // The original name is shortened to fit the file system's limit; the stamp and the extension are always kept.
        var duplicatePath = Path.Combine(duplicatesRoot, FileNames.Fit($"{stamp}-", document.OriginalFileName));
        for (var copy = 2; File.Exists(duplicatePath); copy++)
        {
            duplicatePath = Path.Combine(duplicatesRoot, FileNames.Fit($"{stamp}-{copy}-", document.OriginalFileName));
        }

        MoveInto(path, duplicatePath);
        ledger.RecordDuplicate(document.Id, document.OriginalFileName, document.SourceFolder, duplicatePath, document.ReceivedAt);
        return new IntakeResult(document.Id, false, duplicatePath, path);
    }

    /// <summary>The content's SHA-256, read without following a link (a link swapped in after the watcher's check is refused).</summary>
    public static string HashOf(string path)
    {
        using var stream = NoFollowFile.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // The destination name only ever holds the whole file (see VolumeSafeMove). A rename moves a link as a link: one
    // swapped in after hashing goes back where it was, so the archive never holds a link out of it.
    private static void MoveInto(string source, string destination)
    {
        VolumeSafeMove.Move(source, destination);
        if (new FileInfo(destination).LinkTarget is not null)
        {
            File.Move(destination, source);
            throw new IOException($"{Path.GetFileName(source)} became a symbolic link while it was taken; links are not taken.");
        }
    }
}
