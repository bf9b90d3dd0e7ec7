namespace DocClassifier.Tests.Storage;

/// <summary>Test documents with fresh ids, for the ledger's contract suites.</summary>
internal static class Some
{
    private static int counter;

    public static DocClassifier.Storage.NewDocument Document(DateTimeOffset? at = null)
    {
        var n = Interlocked.Increment(ref counter);
        var id = $"{Guid.NewGuid():N}{n:D8}".PadRight(64, '0')[..64];
        var received = DateTimeOffset.FromUnixTimeMilliseconds((at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds());
        return new(id, $"掃描-{n}.pdf", "counter-1", received, $"archive/2026/11/{id}.pdf");
    }
}
