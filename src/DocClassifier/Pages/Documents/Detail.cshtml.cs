using DocClassifier.Host.Web;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocClassifier.Host.Pages;

/// <summary>One document: where it is, and its whole audit trail.</summary>
public sealed class DetailModel(IDocumentLedger ledger) : PageModel
{
    public LedgerDocument? Document { get; private set; }

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

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

        History = ledger.History(id);
        return Page();
    }
}
