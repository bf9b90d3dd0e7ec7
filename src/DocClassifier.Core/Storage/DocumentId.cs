using System.Diagnostics.CodeAnalysis;

namespace DocClassifier.Storage;

/// <summary>
/// A document id is the SHA-256 of its content: 64 lower-case hex digits and nothing else, which is what lets an id
/// name a file (result, work record, review page) without ever leaving its folder. The one check, used everywhere.
/// </summary>
public static class DocumentId
{
    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is { Length: 64 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <exception cref="ArgumentException">The text is not a document id.</exception>
    public static void Require(string id, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(id))] string? parameter = null)
    {
        if (!IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a document id (lower-case hex SHA-256).", parameter);
        }
    }
}
