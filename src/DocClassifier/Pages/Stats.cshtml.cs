using DocClassifier.Review;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocClassifier.Host.Pages;

/// <summary>Throughput by outcome, automation rate, review backlog, and reviewers' changes per class.</summary>
public sealed class StatsModel(IDocumentLedger ledger, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 2;

    public ReviewStatistics Statistics { get; private set; } = ReviewStatistics.From([], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public int Backlog { get; private set; }

    public DateTimeOffset? OldestPending { get; private set; }

    public void OnGet()
    {
        Days = Math.Clamp(Days, 1, 31);
        var now = clock.GetUtcNow();
        var from = now.AddDays(-Days);
        Statistics = ReviewStatistics.From(ledger.AuditSince(from), from, now);
        Backlog = ledger.Count(DocumentState.PendingReview);
        OldestPending = ledger.InStates([DocumentState.PendingReview], limit: 1) is [var oldest] ? oldest.ReceivedAt : null;
    }
}
