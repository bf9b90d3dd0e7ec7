using DocClassifier.Processing;
using DocClassifier.Host.Web;
using DocClassifier.Host.Web.Api;
using DocClassifier.Review;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocClassifier.Host.Pages;

/// <summary>Failed documents with their reasons; admins can put one back in line.</summary>
public sealed class FailedModel(IDocumentSearch search, ReviewDesk desk, IDocumentQueue queue) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<LedgerDocument> Items { get; private set; } = [];

    public void OnGet() => Items = search.Search(new DocumentQuery { State = DocumentState.Failed, NewestFirst = true, Limit = 500 });

    public IActionResult OnPostRetry(string id)
    {
        if (!User.IsInRole(AccountRoles.Admin))
        {
            return Forbid();
        }

        if (!DocumentId.IsValid(id))
        {
            return BadRequest();
        }

        try
        {
            desk.Retry(id, ReviewApi.ReviewerName(User));
            queue.Enqueue(id);
            Message = $"Document {id[..12]} is queued again.";
        }
        catch (ReviewException e)
        {
            Message = e.Message;
        }

        return RedirectToPage();
    }
}
