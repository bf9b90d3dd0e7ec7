using System.Text.Json;
using System.Text.Json.Nodes;
using DocClassifier.Classification;
using DocClassifier.Fields;
using DocClassifier.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// Work records by document id, one JSON file each, written atomically. What the model made can always be made
/// again from the archived original, so it is not flushed to disk: after a power cut such a record may be empty,
/// and then it counts as missing and the document is extracted again. A reviewer's corrections cannot be made
/// again: <see cref="SaveReviewed"/> waits for the disk.
/// </summary>
public sealed class WorkStore(string folder)
{
    /// <summary>Where <see cref="Extraction.CrashCountingExtractor"/> counts the readings a dead process left unfinished.</summary>
    public string Readings => Path.Combine(folder, "readings");

    public void Save(string id, WorkRecord record) => Write(id, record, flushToDisk: false);

    public void SaveReviewed(string id, WorkRecord record) => Write(id, record, flushToDisk: true);

    /// <summary>The record, always with its fields (a record from before fields were kept has them extracted, once per read).</summary>
    public WorkRecord? Find(string id)
    {
        var path = PathOf(id);
        try
        {
            if (!File.Exists(path) || JsonNode.Parse(File.ReadAllText(path)) is not JsonObject json || json.Deserialize<WorkRecord>(JsonFiles.Options) is not { } record)
            {
                return null;
            }

            return record with
            {
                Fields = record.Fields ?? FieldExtractors.ExtractAll(record.Extracted.PageTexts),
                Verdict = record.Verdict ?? EarlierVerdict(json),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Before routing was kept apart, the classification carried the decision and its reason.
    private static RoutingVerdict? EarlierVerdict(JsonObject json) =>
        json["classification"]?["decision"]?.GetValue<string>() is { } decision
            ? new RoutingVerdict(
                decision.Equals(nameof(RoutingDecision.Deliver), StringComparison.OrdinalIgnoreCase) ? RoutingDecision.Deliver : RoutingDecision.Review,
                json["classification"]?["reason"]?.GetValue<string>())
            : null;

    private void Write(string id, WorkRecord record, bool flushToDisk)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteJson(PathOf(id), record, JsonFiles.Options, flushToDisk);
    }

    private string PathOf(string id) =>
        DocumentId.IsValid(id) ? Path.Combine(folder, id + ".json") : throw new ArgumentException($"'{id}' is not a document id.", nameof(id));
}
