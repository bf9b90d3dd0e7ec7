namespace DocClassifier.Storage;

/// <summary>Who holds which item of the review queue: claims under a lease, so two reviewers never hold the same item.</summary>
public interface IReviewClaims
{
    /// <summary>
    /// Claims the oldest PendingReview document matching the filter that nobody else holds (or whose
    /// claim expired) for <paramref name="lease"/>; the reviewer's own live claim comes back first.
    /// Two reviewers never hold the same item.
    /// </summary>
    LedgerDocument? TryClaimNext(string reviewer, DocumentQuery filter, DateTimeOffset now, TimeSpan lease);

    /// <summary>Gives an item back to the queue (a skip); false if the reviewer did not hold it.</summary>
    bool ReleaseClaim(string id, string reviewer);
}
