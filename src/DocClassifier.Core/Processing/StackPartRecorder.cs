using System.Globalization;
using System.Security.Cryptography;
using DocClassifier.Splitting;
using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// Makes a stack's split real, whoever decided it (the service, or a reviewer): each part is written as a file of its
/// own (<c>&lt;partsRoot&gt;/yyyy/MM/&lt;id&gt;.pdf|.tif</c>, id = its SHA-256, so the same pages of the same stack are always
/// the same document) and recorded as a Received document with the stack as its parent, in the same transaction that
/// moves the stack (compare-and-set). A part file is written before the transaction and never twice.
/// </summary>
public sealed class StackPartRecorder(StackPartWriter writer, IDocumentLedger ledger, string partsRoot, TimeProvider clock)
{
    /// <returns>The parts' ids, or null when nothing was recorded (the stack was no longer in <c>change.From</c>).</returns>
    /// <exception cref="Extraction.ExtractionException">A part could not be written; nothing is recorded.</exception>
    public IReadOnlyList<string>? Record(LedgerDocument stack, StackSplit split, StateChange change)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(change);
        var content = File.ReadAllBytes(stack.ArchivePath);
        var now = change.At ?? clock.GetUtcNow();
        var parts = split.Parts.Select(part => Write(stack, content, part, now)).ToList();
        return ledger.RecordSplit(stack.Id, change, parts) ? [.. parts.Select(p => p.Id)] : null;
    }

    private NewDocument Write(LedgerDocument stack, byte[] content, StackPart part, DateTimeOffset now)
    {
        var (bytes, extension) = writer.Write(content, stack.Id, part);
        var id = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var folder = Path.Combine(partsRoot, stack.ReceivedAt.ToString("yyyy", CultureInfo.InvariantCulture), stack.ReceivedAt.ToString("MM", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, id + extension);
        if (!File.Exists(path))
        {
            AtomicFile.WriteBytes(path, bytes);
        }

        var name = $"{Path.GetFileNameWithoutExtension(stack.OriginalFileName)} (pages {part.Pages}){extension}";
        return new NewDocument(id, name, stack.SourceFolder, now, path) { Parent = stack.Id, Pages = part.Pages, SheetLabel = part.SheetLabel };
    }
}
