using System.Globalization;
using System.Security.Cryptography;
using DocClassifier.Extraction;
using DocClassifier.Splitting;
using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// The processor's first step for a dropped multi-page scan: when it holds separator sheets, or the page model finds
/// its documents' first pages, each part is written as a file of its own (<c>&lt;partsRoot&gt;/yyyy/MM/&lt;id&gt;.pdf|.tif</c>,
/// id = its SHA-256) and recorded as a
/// Received document with the stack as its parent, in the same transaction that moves the stack Processing → Split; the
/// intake node queues Received documents within its hand-off interval. The stack stays archived once, as dropped.
/// Idempotent: the same stack gives the same part files and ids, and the ledger move is compare-and-set. A stack that
/// cannot be split (a part that would not copy, nothing but separator sheets) fails as a whole, with the reason.
/// </summary>
public sealed class StackSplitting(IStackSplitter splitter, StackPartWriter writer, IDocumentLedger ledger, string partsRoot, TimeProvider clock)
{
    /// <summary>True when the document was a stack and is now split (or another run split it); false: process it as it is.</summary>
    /// <exception cref="ExtractionException">The stack held separators but cannot be split; fail it with this reason.</exception>
    public bool TrySplit(LedgerDocument document, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Parent is not null || document.State != DocumentState.Processing)
        {
            return false;
        }

        StackSplit split;
        try
        {
            split = splitter.Split(document.ArchivePath, cancellationToken);
        }
        catch (ExtractionException)
        {
            return false; // extraction meets the same problem and fails the document with its reason
        }

        if (!split.IsSplit)
        {
            return false;
        }

        if (split.Parts.Count == 0)
        {
            throw new ExtractionException(ExtractionErrorCode.NoPages, $"The stack's {split.PageCount} pages are all separator sheets or blank: there is no document in it.");
        }

        var stack = File.ReadAllBytes(document.ArchivePath);
        var now = clock.GetUtcNow();
        var parts = split.Parts.Select(part => Write(document, stack, part, now)).ToList();
        var how = split.Dropped.Count > 0
            ? $"dropped {string.Join(", ", split.Dropped.Select(d => $"{d.Number} ({(d.Kind == PageKind.SeparatorSheet ? "separator sheet" : "blank")})"))}"
            : string.Create(CultureInfo.InvariantCulture, $"first pages found by the page model ({string.Join(", ", split.Parts.Skip(1).Select(p => $"{p.FirstPage}: {p.Confidence:0.000}"))})");
        var detail = $"split into {parts.Count} parts (pages {string.Join(", ", split.Parts.Select(p => p.Pages))}); {how}";
        _ = ledger.RecordSplit(document.Id, new StateChange(DocumentState.Processing, DocumentState.Split, actor, detail), parts);
        return true;
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
