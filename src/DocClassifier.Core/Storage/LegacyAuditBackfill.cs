using System.Data.Common;
using System.Text.Json;
using static DocClassifier.Storage.SqlStatements;

namespace DocClassifier.Storage;

/// <summary>
/// Migration 4's one-time reading of rows written before the structured columns: the only code that reads the old
/// conventions (a reviewer's decision was a PendingReview → Processing entry whose detail named the label; the model's
/// label survived only in "corrected from X"; error codes were spelt like the enum). New rows never need it.
/// </summary>
internal static class LegacyAuditBackfill
{
    private const string DecisionDetail = "review decision: ";
    private const string CorrectedDetail = "corrected from ";
    private const string ReviewerPrefix = "reviewer:";

    /// <summary>Fills in the rows that lack the columns; rows written since are left as they are, so running it again changes nothing.</summary>
    public static void Run(DbConnection connection, DbTransaction transaction)
    {
        foreach (var actor in Query(connection, transaction, r => r.GetString(0), "SELECT DISTINCT actor FROM audit"))
        {
            Execute(connection, transaction, "UPDATE audit SET actor_kind = @kind WHERE actor = @actor AND actor_kind IS NULL", ("kind", ActorKinds.Of(actor).ToString()), ("actor", actor));
        }

        var transitions = Query(
            connection, transaction, r => (From: r.IsDBNull(0) ? (DocumentState?)null : Enum.Parse<DocumentState>(r.GetString(0)), To: Enum.Parse<DocumentState>(r.GetString(1))), "SELECT DISTINCT from_state, to_state FROM audit");
        foreach (var (from, to) in transitions)
        {
            var action = ("action", (object?)AuditActions.For(from, to).ToString());
            if (from is null)
            {
                Execute(connection, transaction, "UPDATE audit SET action = @action WHERE from_state IS NULL AND to_state = @to AND action IS NULL", action, ("to", to.ToString()));
            }
            else
            {
                Execute(connection, transaction, "UPDATE audit SET action = @action WHERE from_state = @from AND to_state = @to AND action IS NULL", action, ("from", from.ToString()), ("to", to.ToString()));
            }
        }

        BackfillDecisions(connection, transaction);
        Execute(
            connection,
            transaction,
            "UPDATE documents SET state = @decided, decided_by = (SELECT SUBSTR(a.actor, @name) FROM audit a WHERE a.document_id = documents.id ORDER BY a.seq DESC LIMIT 1), " +
            "decided_at = (SELECT a.at FROM audit a WHERE a.document_id = documents.id ORDER BY a.seq DESC LIMIT 1) " +
            "WHERE state = @processing AND label IS NOT NULL AND (SELECT a.action FROM audit a WHERE a.document_id = documents.id ORDER BY a.seq DESC LIMIT 1) = @action",
            ("decided", nameof(DocumentState.Decided)),
            ("name", ReviewerPrefix.Length + 1),
            ("processing", nameof(DocumentState.Processing)),
            ("action", nameof(AuditAction.Decided)));

        foreach (var code in Query(connection, transaction, r => r.GetString(0), "SELECT DISTINCT error_code FROM documents WHERE error_code IS NOT NULL"))
        {
            Execute(connection, transaction, "UPDATE documents SET error_code = @new WHERE error_code = @old", ("new", JsonNamingPolicy.CamelCase.ConvertName(code)), ("old", code));
        }
    }

    // A decision was the reviewer's PendingReview → Processing entry; its delivery said whether the model's label was kept.
    private static void BackfillDecisions(DbConnection connection, DbTransaction transaction)
    {
        // Before migration 4 a reviewer's decision went PendingReview → Processing → Delivered.
        List<(long Seq, string Document, string To, string Detail)> ByReviewer(DocumentState from, DocumentState to) => Query(
            connection,
            transaction,
            r => (Seq: r.GetInt64(0), Document: r.GetString(1), To: r.GetString(2), Detail: r.IsDBNull(3) ? string.Empty : r.GetString(3)),
            "SELECT seq, document_id, to_state, detail FROM audit WHERE actor_kind = @reviewer AND from_state = @from AND to_state = @to AND to_label IS NULL",
            ("reviewer", nameof(ActorKind.Reviewer)),
            ("from", from.ToString()),
            ("to", to.ToString()));
        var rows = ByReviewer(DocumentState.PendingReview, DocumentState.Processing).Concat(ByReviewer(DocumentState.Processing, DocumentState.Delivered)).OrderBy(r => r.Seq);
        var open = new Dictionary<string, (long Seq, string Label)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.To == nameof(DocumentState.Processing))
            {
                var label = row.Detail.StartsWith(DecisionDetail, StringComparison.Ordinal) ? row.Detail[DecisionDetail.Length..] : null;
                if (label is not null)
                {
                    open[row.Document] = (row.Seq, label);
                    Label(row.Seq, nameof(AuditAction.Decided), null, label);
                }

                continue;
            }

            if (!open.Remove(row.Document, out var decision))
            {
                continue;
            }

            var predicted = row.Detail.StartsWith(CorrectedDetail, StringComparison.Ordinal) ? row.Detail[CorrectedDetail.Length..].Split(';')[0] : decision.Label;
            Label(decision.Seq, nameof(AuditAction.Decided), predicted, decision.Label);
            Label(row.Seq, nameof(AuditAction.Delivered), decision.Label, decision.Label);
        }

        void Label(long seq, string action, string? from, string to) => Execute(
            connection,
            transaction,
            "UPDATE audit SET action = @action, from_label = @from, to_label = @to WHERE seq = @seq",
            ("action", action),
            ("from", from),
            ("to", to),
            ("seq", seq));
    }
}
