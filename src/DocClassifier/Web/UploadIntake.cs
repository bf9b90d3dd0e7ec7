using DocClassifier.Host.Service;
using DocClassifier.Extraction;
using DocClassifier.Intake;
using DocClassifier.Processing;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Http;

namespace DocClassifier.Host.Web;

/// <summary>
/// POST /api/documents: the upload is written beside the archive (same disk, so intake's move is a
/// rename), then taken by the same intake as a file from the inbox, with "api" as its source folder,
/// and recorded in the audit trail as received from the key or user that sent it.
/// </summary>
public sealed class UploadIntake(IDocumentLedger ledger, ServiceFolders folders, ServiceOptions options, IDocumentQueue queue, TimeProvider clock)
{
    public const string SourceFolder = "api";

    /// <param name="uploader">Who sent it, as the audit trail names them: <c>key:NAME</c> for a bot, the user's name otherwise.</param>
    public async Task<IntakeResult> TakeAsync(IFormFile file, string uploader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = SafeName(file.FileName);
        var uploads = options.Folder(null, "uploads");
        Directory.CreateDirectory(uploads);
        var temporary = Path.Combine(uploads, $"{Guid.NewGuid():N}{Path.GetExtension(name)}");
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }

            var intake = new DocumentIntake(new UploaderLedger(ledger, "api:" + uploader), folders.Inbox, folders.Archive, folders.Duplicates, clock);
            var result = intake.Ingest(temporary, name, SourceFolder);
            if (result.IsNew)
            {
                queue.Enqueue(result.DocumentId);
            }

            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static bool IsAllowed(string fileName) => FormatSniffer.IsSupportedExtension(SafeName(fileName));

    // Only the last part of whatever path the client sent, without characters a file system refuses.
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        foreach (var invalid in Path.GetInvalidFileNameChars())
        {
            name = name.Replace(invalid, '_');
        }

        return string.IsNullOrWhiteSpace(name) || name.StartsWith('.') ? "upload" + Path.GetExtension(name) : name;
    }
}
