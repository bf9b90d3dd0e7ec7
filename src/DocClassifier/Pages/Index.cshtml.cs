using DocClassifier.Host.Web.Api;
using DocClassifier.Review;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocClassifier.Host.Pages;

/// <summary>The review queue with filters; "Next" claims an item under a lease and opens it.</summary>
public sealed class QueueModel(IDocumentSearch search, ReviewDesk desk, TimeProvider clock) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string? Label { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public double? OlderThan { get; set; }

    [BindProperty(SupportsGet = true)]
    public double? MaxConfidence { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Newest { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<LedgerDocument> Items { get; private set; } = [];

    public IReadOnlyCollection<string> Labels => desk.Labels;

    public double LeaseMinutes => desk.ClaimLease.TotalMinutes;

    public void OnGet() => Items = search.Search(Filter() with { State = DocumentState.PendingReview, NewestFirst = Newest, Limit = PageSize });

    public IActionResult OnPostNext()
    {
        var skipped = ReviewItemModel.Skipped(TempData);
        var item = desk.Next(ReviewApi.ReviewerName(User), Filter() with { Exclude = skipped });
        if (item is null)
        {
            Message = skipped.Count > 0 ? "Nothing left but the items you skipped." : "The queue is empty.";
            ReviewItemModel.ClearSkipped(TempData);
            return RedirectToPage(new { Label, Source, MaxConfidence, OlderThan });
        }

        return Redirect($"/review/{item.Id}");
    }

    private DocumentQuery Filter() => new()
    {
        Label = string.IsNullOrEmpty(Label) ? null : Label,
        SourceFolder = string.IsNullOrEmpty(Source) ? null : Source,
        MaxConfidence = MaxConfidence,
        To = OlderThan is { } hours ? clock.GetUtcNow().AddHours(-hours) : null,
    };
}
