using static DocClassifier.Storage.SqlStatements;

namespace DocClassifier.Storage;

/// <summary>Search of the documents table; every criterion is a parameter, the limit is clamped.</summary>
internal sealed class SqlDocumentSearch(SqlConnections connections) : IDocumentSearch
{
    public IReadOnlyList<LedgerDocument> Search(DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = DocumentConditions.Of(query);
        var order = query.NewestFirst ? "received_at DESC, id DESC" : "received_at, id";
        using var connection = connections.Open();
        return Query(
            connection,
            null,
            ReadDocument,
            $"SELECT {DocumentColumns} FROM documents WHERE {where} ORDER BY {order} LIMIT {Math.Clamp(query.Limit, 1, 10_000)} OFFSET {Math.Max(query.Offset, 0)}",
            [.. parameters]);
    }
}
