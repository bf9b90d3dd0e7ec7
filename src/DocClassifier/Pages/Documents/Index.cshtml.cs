using DocClassifier.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocClassifier.Host.Pages;

/// <summary>Document search by id, file name, label, state and date; newest first.</summary>
public sealed class SearchModel(IDocumentSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DocumentState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Label { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<LedgerDocument> Results { get; private set; } = [];

    public void OnGet() => Results = search.Search(new DocumentQuery
    {
        Text = Q,
        State = State,
        Label = string.IsNullOrWhiteSpace(Label) ? null : Label.Trim(),
        From = From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.Local.GetUtcOffset(from.ToDateTime(TimeOnly.MinValue))) : null,
        To = To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeZoneInfo.Local.GetUtcOffset(to.ToDateTime(TimeOnly.MinValue))) : null,
        NewestFirst = true,
        Limit = 200,
    });
}
