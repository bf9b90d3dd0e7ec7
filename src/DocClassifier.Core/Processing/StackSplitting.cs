using System.Globalization;
using DocClassifier.Extraction;
using DocClassifier.Splitting;
using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// The processor's first step for a dropped multi-page scan: when it holds separator sheets, or the page model finds
/// its documents' first pages, each part is written as a file of its own and recorded as a Received document with the
/// stack as its parent (<see cref="StackPartRecorder"/>), in the same transaction that moves the stack Processing → Split; the
/// intake node queues Received documents within its hand-off interval. The stack stays archived once, as dropped.
/// Idempotent: the same stack gives the same part files and ids, and the ledger move is compare-and-set. A stack that
/// cannot be split (a part that would not copy, nothing but separator sheets) fails as a whole, with the reason.
/// A stack the page model is unsure of is not guessed at: it waits in the review queue, and the reviewer's split is
/// applied the same way (<see cref="StackPartRecorder"/>, <c>Review.StackReview</c>).
/// </summary>
public sealed class StackSplitting(IStackSplitter splitter, StackPartWriter writer, IDocumentLedger ledger, string partsRoot, TimeProvider clock)
{
    private readonly StackPartRecorder parts = new(writer, ledger, partsRoot, clock);

    /// <summary>
    /// A stack the page model is unsure of waits in the review queue (PendingReview with its
    /// <see cref="LedgerDocument.SplitProposal"/>) for a reviewer to set its boundaries; when false, it is processed as one document.
    /// </summary>
    public bool ReviewUncertainStacks { get; init; } = true;

    /// <summary>True when the document was a stack and is now split or waits for a reviewer to split it (or another run did either); false: process it as it is.</summary>
    /// <exception cref="ExtractionException">The stack held separators but cannot be split; fail it with this reason.</exception>
    public bool TrySplit(LedgerDocument document, string actor, CancellationToken cancellationToken) => Divide(document, actor, cancellationToken) is not null;

    /// <summary>
    /// <see cref="ProcessingOutcome.Split"/> when the stack is now split, <see cref="ProcessingOutcome.PendingReview"/> when
    /// it waits for a reviewer to split it, <see cref="ProcessingOutcome.AlreadyDone"/> when another run moved it first;
    /// null: process the document as it is.
    /// </summary>
    /// <exception cref="ExtractionException">The stack held separators but cannot be split; fail it with this reason.</exception>
    public ProcessingOutcome? Divide(LedgerDocument document, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        // A stack with a split proposal has been before a reviewer, who kept it whole: it is not looked at again.
        if (document.Parent is not null || document.State != DocumentState.Processing || document.SplitProposal is not null)
        {
            return null;
        }

        StackSplit split;
        try
        {
            split = splitter.Split(document.ArchivePath, cancellationToken);
        }
        catch (ExtractionException)
        {
            return null; // extraction meets the same problem and fails the document with its reason
        }

        if (!split.IsSplit)
        {
            return split.Uncertain.Count > 0 && ReviewUncertainStacks ? ToReview(document, split, actor) : null;
        }

        if (split.Parts.Count == 0)
        {
            throw new ExtractionException(ExtractionErrorCode.NoPages, $"The stack's {split.PageCount} pages are all separator sheets, patch sheets or blank: there is no document in it.");
        }

        var how = split.Dropped.Count > 0
            ? $"dropped {string.Join(", ", split.Dropped.Select(d => $"{d.Number} ({d.Kind switch { PageKind.SeparatorSheet => "separator sheet", PageKind.PatchSheet => "patch T sheet", _ => "blank" }})"))}"
            : string.Create(CultureInfo.InvariantCulture, $"first pages found by the page model ({string.Join(", ", split.Parts.Skip(1).Select(p => $"{p.FirstPage}: {p.Confidence:0.000}"))})");
        var detail = $"split into {split.Parts.Count} parts (pages {string.Join(", ", split.Parts.Select(p => p.Pages))}); {how}";
        return parts.Record(document, split, new StateChange(DocumentState.Processing, DocumentState.Split, actor, detail)) is not null ? ProcessingOutcome.Split : ProcessingOutcome.AlreadyDone;
    }

    private ProcessingOutcome ToReview(LedgerDocument document, StackSplit split, string actor)
    {
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"the page model is unsure where documents begin: pages {string.Join(", ", split.Uncertain.Select(b => $"{b.Page} ({b.Probability:0.00})"))}");
        var change = new StateChange(DocumentState.Processing, DocumentState.PendingReview, actor, reason) { SplitProposal = PageBoundaries.Format(split.Boundaries) };
        return ledger.TryChange(document.Id, change) ? ProcessingOutcome.PendingReview : ProcessingOutcome.AlreadyDone;
    }
}
