using static DocClassifier.Storage.SqlStatements;

namespace DocClassifier.Storage;

/// <summary>Claims on review items as two columns of the documents table, taken by a compare-and-set UPDATE.</summary>
internal sealed class SqlReviewClaims(SqlConnections connections) : IReviewClaims
{
    private const string Claimable = "(claimed_by IS NULL OR claim_expires_at < @now OR claimed_by = @reviewer)";

    public LedgerDocument? TryClaimNext(string reviewer, DocumentQuery filter, DateTimeOffset now, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = DocumentConditions.Of(filter with { State = DocumentState.PendingReview });
        parameters.Add(("now", now.ToUnixTimeMilliseconds()));
        parameters.Add(("reviewer", reviewer));
        using var connection = connections.Open();

        // A reviewer's own claim comes back first (a reloaded page); otherwise the oldest free item. Two queries, each
        // read off an index (documents_claimed; documents_state in queue order), where one ordered by "mine first" had to
        // read and sort every waiting item (76 ms a call with 20,000 waiting on a loaded machine, now 8; README, "Index plans").
        // The UPDATE re-checks the claim, so of two reviewers racing for one item exactly one gets it.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var candidate = Query(
                connection,
                null,
                r => r.GetString(0),
                $"SELECT id FROM documents WHERE {where} AND claimed_by = @reviewer ORDER BY received_at, id LIMIT 1",
                [.. parameters]).SingleOrDefault() ?? Query(
                connection,
                null,
                r => r.GetString(0),
                $"SELECT id FROM documents WHERE {where} AND {Claimable} ORDER BY received_at, id LIMIT 1",
                [.. parameters]).SingleOrDefault();
            if (candidate is null)
            {
                return null;
            }

            var claimed = Execute(
                connection,
                null,
                $"UPDATE documents SET claimed_by = @reviewer, claim_expires_at = @expires WHERE id = @id AND state = @pending AND {Claimable}",
                ("reviewer", reviewer),
                ("expires", (now + lease).ToUnixTimeMilliseconds()),
                ("id", candidate),
                ("pending", nameof(DocumentState.PendingReview)),
                ("now", now.ToUnixTimeMilliseconds())) == 1;
            if (claimed)
            {
                return Query(connection, null, ReadDocument, $"SELECT {DocumentColumns} FROM documents WHERE id = @id", ("id", candidate)).Single();
            }
        }

        return null;
    }

    public bool ReleaseClaim(string id, string reviewer)
    {
        using var connection = connections.Open();
        return Execute(connection, null, "UPDATE documents SET claimed_by = NULL, claim_expires_at = NULL WHERE id = @id AND claimed_by = @reviewer", ("id", id), ("reviewer", reviewer)) == 1;
    }
}
