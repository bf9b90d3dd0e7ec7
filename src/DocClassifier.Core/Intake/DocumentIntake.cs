using System.Security.Cryptography;
using DocClassifier.Storage;

namespace DocClassifier.Intake;

/// <summary>
/// Takes one finished file out of the inbox. The document is recorded in the ledger BEFORE the file
/// leaves the inbox, so a crash at any point loses nothing: a file still in the inbox whose id is
/// recorded but not yet archived is simply archived on the next pass. A clerk's file is never deleted:
/// copies of known documents go to duplicates/.
/// </summary>
public sealed class DocumentIntake(IDocumentLedger ledger, string inboxRoot, string archiveRoot, string duplicatesRoot, TimeProvider clock)
{
    public IntakeResult Ingest(string path)
    {
        var sourceFolder = Path.GetRelativePath(inboxRoot, Path.GetDirectoryName(Path.GetFullPath(path))!).Replace('\\', '/');
        return Ingest(path, Path.GetFileName(path), sourceFolder == "." ? string.Empty : sourceFolder);
    }

    /// <summary>Takes a file that arrived another way (an upload), under the name and source the sender gave.</summary>
    public IntakeResult Ingest(string path, string originalFileName, string sourceFolder)
    {
        var id = HashOf(path);
        var now = clock.GetUtcNow();
        var extension = Path.GetExtension(originalFileName).ToLowerInvariant();
        var archivePath = Path.Combine(archiveRoot, now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), now.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), id + extension);

        if (ledger.TryRecord(new NewDocument(id, originalFileName, sourceFolder, now, archivePath), "intake"))
        {
            MoveInto(path, archivePath);
            return new IntakeResult(id, true, archivePath);
        }

        var known = ledger.Find(id)!;
        if (!File.Exists(known.ArchivePath))
        {
            // Recorded by a run that stopped before the move: finish it, this is not a duplicate.
            MoveInto(path, known.ArchivePath);
            return new IntakeResult(id, known.State is DocumentState.Received or DocumentState.Processing, known.ArchivePath);
        }

        var duplicatePath = Path.Combine(duplicatesRoot, $"{id[..12]}-{now:yyyyMMddHHmmssfff}-{originalFileName}");
        MoveInto(path, duplicatePath);
        ledger.RecordDuplicate(id, originalFileName, sourceFolder, duplicatePath, now);
        return new IntakeResult(id, false, duplicatePath);
    }

    public static string HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // A move within one volume is a rename; across volumes File.Move copies then deletes, so the
    // source stays until the copy is whole.
    private static void MoveInto(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Move(source, destination, overwrite: true);
    }
}
