using DocClassifier.Host.Web;
using DocClassifier.Host.Web.Api;
using DocClassifier.Extraction;
using DocClassifier.Extraction.Images;
using DocClassifier.Fields;
using DocClassifier.Learning;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DocClassifier.Host.Pages;

/// <summary>
/// One review item: the document beside the prediction, a button for every label (the model's top
/// labels first) and "none of these". Deciding or skipping claims the next item and opens it.
/// A scanned stack waiting to be split shows its pages in a strip instead, with the page model's proposal set.
/// </summary>
public sealed class ReviewItemModel(IDocumentLedger ledger, ReviewDesk desk, WorkStore work, LiveLabelCollection labels, TimeProvider clock, StackReview stacks, IDocumentQueue queue) : PageModel
{
    /// <summary>A field's input on the form is named this and the field's id.</summary>
    public const string FieldInputPrefix = "field:";

    private const string SkippedKey = "skipped";

    public LedgerDocument? Document { get; private set; }

    public IReadOnlyList<LabelChoice> Choices { get; private set; } = [];

    public string? Text { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The fields found in the text (as processing kept them), for the reviewer to check and correct.</summary>
    public IReadOnlyList<ExtractedField> Fields { get; private set; } = [];

    public DocumentViewer? Viewer { get; private set; }

    public bool CanDecide { get; private set; }

    /// <summary>For a stack waiting to be split: the page model's proposal, which the strip starts from.</summary>
    public StackProposal? Stack { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public bool IsError { get; private set; }

    public IActionResult OnGet(string id)
    {
        if (!DocumentId.IsValid(id))
        {
            return BadRequest();
        }

        Document = ledger.Find(id);
        if (Document is null)
        {
            return NotFound();
        }

        var record = work.Find(id);
        Text = record?.Extracted.Text;
        Reason = record?.Verdict?.Reason;
        Fields = record?.Fields ?? [];
        var me = ReviewApi.ReviewerName(User);
        Stack = StackProposal.Of(Document);
        Reason ??= Stack is null ? null : Document.Detail;
        CanDecide = Document.State == DocumentState.PendingReview && (record is not null || Stack is not null) && !Document.IsClaimedByOtherThan(me, clock.GetUtcNow());
        if (Document.State != DocumentState.PendingReview)
        {
            Message ??= $"This document is {Document.State}: nothing to decide.";
        }
        else if (Document.IsClaimedByOtherThan(me, clock.GetUtcNow()))
        {
            (Message, IsError) = ($"{Document.ClaimedBy} is reviewing this document until {Document.ClaimExpiresAt?.ToLocalTime():HH:mm}.", true);
        }

        var top = record?.Classification.Top ?? [];
        var names = labels.Names();
        Choices = LabelChoice.For(top, desk.Labels, names);
        Viewer = DocumentViewer.For(Document);
        return Page();
    }

    public IActionResult OnPostDecide(string id, string label)
    {
        try
        {
            desk.Decide(id, label, ReviewApi.ReviewerName(User), FieldCorrectionsFromForm(id));
            Message = $"Delivered as {label}.";
        }
        catch (ReviewException e)
        {
            Message = e.Message;
            return Redirect($"/review/{id}");
        }

        return NextOrQueue();
    }

    /// <param name="begins">The pages at which a document begins (the strip's ticked boxes); none: the stack is one document.</param>
    public IActionResult OnPostSplit(string id, int[]? begins)
    {
        try
        {
            var queued = stacks.Decide(id, begins ?? [], ReviewApi.ReviewerName(User));
            foreach (var document in queued)
            {
                queue.Enqueue(document);
            }

            Message = queued.Count == 1 && queued[0] == id
                ? "Kept whole: the stack is processed as one document."
                : $"Split into {queued.Count} documents (pages {string.Join(", ", queued.Select(d => ledger.Find(d)?.Pages))}).";
        }
        catch (ReviewException e)
        {
            Message = e.Message;
            return Redirect($"/review/{id}");
        }

        return NextOrQueue();
    }

    public IActionResult OnPostSkip(string id)
    {
        desk.Skip(id, ReviewApi.ReviewerName(User));
        var skipped = Skipped(TempData).Append(id).TakeLast(200);
        TempData[SkippedKey] = string.Join(',', skipped);
        return NextOrQueue();
    }

    /// <summary>The items this reviewer skipped in this session, kept in TempData until the queue runs dry.</summary>
    public static IReadOnlyCollection<string> Skipped(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData.Peek(SkippedKey) is string list && list.Length > 0 ? list.Split(',') : [];
    }

    public static void ClearSkipped(ITempDataDictionary tempData) => tempData?.Remove(SkippedKey);

    // The field inputs ("field:ID") whose value the reviewer changed, and the "add a field" row.
    private List<FieldCorrection> FieldCorrectionsFromForm(string id)
    {
        var found = (DocumentId.IsValid(id) ? work.Find(id)?.Fields : null) ?? [];
        var corrections = new List<FieldCorrection>();
        foreach (var (key, value) in Request.Form.Where(f => f.Key.StartsWith(FieldInputPrefix, StringComparison.Ordinal)))
        {
            if (found.FirstOrDefault(f => f.Id == key[FieldInputPrefix.Length..]) is { } field && field.Value != value.ToString().Trim())
            {
                corrections.Add(new FieldCorrection(field.Name, field.Id, value.ToString()));
            }
        }

        if (Request.Form["newFieldName"].ToString() is { Length: > 0 } name && Request.Form["newFieldValue"].ToString() is { Length: > 0 } added)
        {
            corrections.Add(new FieldCorrection(name, FieldCorrection.New, added));
        }

        return corrections;
    }

    private RedirectResult NextOrQueue()
    {
        var next = desk.Next(ReviewApi.ReviewerName(User), new DocumentQuery { Exclude = Skipped(TempData) });
        return Redirect(next is null ? "/" : $"/review/{next.Id}");
    }
}
