namespace DocClassifier.Storage;

/// <summary>A search of the ledger; every criterion left null matches everything.</summary>
public sealed record DocumentQuery
{
    public DocumentState? State { get; init; }

    public string? Label { get; init; }

    public string? SourceFolder { get; init; }

    /// <summary>Received at or after.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Received before.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>The start of the id, or a part of the original file name (case-insensitive).</summary>
    public string? Text { get; init; }

    public double? MinConfidence { get; init; }

    public double? MaxConfidence { get; init; }

    /// <summary>Ids to leave out (the items a reviewer skipped).</summary>
    public IReadOnlyCollection<string> Exclude { get; init; } = [];

    public bool NewestFirst { get; init; }

    public int Limit { get; init; } = 100;

    public int Offset { get; init; }
}
