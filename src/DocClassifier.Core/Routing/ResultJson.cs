using System.Text.Json.Serialization;
using DocClassifier.Classification;

namespace DocClassifier.Routing;

/// <summary>
/// <c>results/&lt;label&gt;/&lt;id&gt;.json</c>, the file RPA bots read; documented by
/// <c>schemas/result.schema.json</c>, which a test holds it to. Properties are written in this order.
/// </summary>
internal sealed record ResultJson
{
    public const int CurrentSchemaVersion = 4;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Id { get; init; }

    /// <summary>The copy of the original beside this file: <c>&lt;id&gt;&lt;ext&gt;</c>.</summary>
    public required string DocumentFile { get; init; }

    public required string OriginalFileName { get; init; }

    public required string SourceFolder { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string Label { get; init; }

    public required double? Confidence { get; init; }

    public required IReadOnlyList<LabelScore> Top { get; init; }

    public required string DecidedBy { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    public required IReadOnlyList<PageJson> Pages { get; init; }

    /// <summary>For a part of a scanned stack (schema 4): the stack and the part's pages in it; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ParentJson? Parent { get; init; }

    /// <summary>Fields found in the text (national ids, dates, amounts ...), by field name, in page order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldJson>> Fields { get; init; } = new Dictionary<string, IReadOnlyList<FieldJson>>();

    /// <summary>Exactly one of <see cref="Text"/> and <see cref="TextFile"/> is written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TextFile { get; init; }

    /// <summary>A scanned document's searchable PDF beside this file (<c>&lt;id&gt;.pdf</c>); absent for born-digital documents.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SearchablePdf { get; init; }

    /// <summary>What went wrong without stopping the delivery (a searchable PDF that could not be written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }
}
