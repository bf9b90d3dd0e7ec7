using System.Diagnostics.CodeAnalysis;

namespace DocClassifier.Host.Web;

/// <summary>A document id is the SHA-256 of its content: 64 lowercase hex digits, nothing else ever reaches a path.</summary>
public static class DocumentIds
{
    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is { Length: 64 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
