using DocClassifier.Host.Web.Api;
using DocClassifier.Learning;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocClassifier.Host.Pages;

/// <summary>
/// Spot-checking the model's deliveries: the document beside the label it was delivered under; the first button confirms
/// it, any other label corrects it (the document is delivered again under that label). Each answer opens the next one.
/// </summary>
public sealed class SpotCheckModel(IDocumentLedger ledger, SpotCheckDesk desk, WorkStore work, LiveLabelCollection labels) : PageModel
{
    public LedgerDocument? Document { get; private set; }

    public PendingSpotCheck? Pending { get; private set; }

    public DocumentViewer? Viewer { get; private set; }

    public IReadOnlyList<LabelChoice> Corrections { get; private set; } = [];

    public string? DeliveredName { get; private set; }

    public string? Text { get; private set; }

    public int Waiting => desk.Waiting;

    /// <summary>Answered spot-checks and how many corrected the model, for the page's quality line.</summary>
    public (int Answered, int Corrected) Tally { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public IActionResult OnGet(string? id)
    {
        Tally = desk.Tally();
        if (id is null)
        {
            return desk.Next() is { } next ? Redirect($"/spot-checks/{next.Id}") : Page();
        }

        if (!DocumentId.IsValid(id))
        {
            return BadRequest();
        }

        Pending = desk.Find(id);
        Document = ledger.Find(id);
        if (Document is null)
        {
            return NotFound();
        }

        if (Pending is null || Document.State != DocumentState.Delivered)
        {
            Message ??= $"This document is not waiting for a spot-check ({Document.State}).";
            return Page();
        }

        var record = work.Find(id);
        Text = record?.Extracted.Text;
        Viewer = DocumentViewer.For(Document);
        var names = labels.Names();
        var delivered = Document.Label ?? Pending.Label;
        DeliveredName = names.GetValueOrDefault(delivered, delivered);
        Corrections = LabelChoice.For(record?.Classification.Top ?? [], desk.Labels, names, except: delivered);
        return Page();
    }

    public IActionResult OnPostDecide(string id, string label)
    {
        try
        {
            var result = desk.Decide(id, label, ReviewApi.ReviewerName(User));
            Message = result.Corrected ? $"Corrected to {label} and delivered again." : $"Confirmed {label}.";
        }
        catch (ReviewException e)
        {
            Message = e.Message;
            return Redirect($"/spot-checks/{id}");
        }

        return Redirect(desk.Next() is { } next ? $"/spot-checks/{next.Id}" : "/spot-checks");
    }

    public IActionResult OnPostSkip(string id) =>
        Redirect(desk.Next(skip: id) is { } next ? $"/spot-checks/{next.Id}" : "/spot-checks");
}
