namespace DocClassifier.Routing;

/// <summary><c>failed/&lt;id&gt;.error.json</c>; documented by <c>schemas/error.schema.json</c>.</summary>
internal sealed record ErrorJson
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Id { get; init; }

    /// <summary>The copy of the original beside this file: <c>&lt;id&gt;&lt;ext&gt;</c>.</summary>
    public required string DocumentFile { get; init; }

    public required string OriginalFileName { get; init; }

    public required string SourceFolder { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset FailedAt { get; init; }

    public required string Code { get; init; }

    public required string Reason { get; init; }
}
