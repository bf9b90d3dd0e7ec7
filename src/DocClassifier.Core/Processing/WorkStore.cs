using System.Text.Json;

namespace DocClassifier.Processing;

/// <summary>
/// Work records by document id, one JSON file each, written atomically. What the model made can always be made
/// again from the archived original, so it is not flushed to disk: after a power cut such a record may be empty,
/// and then it counts as missing and the document is extracted again. A reviewer's corrections cannot be made
/// again: <see cref="SaveReviewed"/> waits for the disk.
/// </summary>
public sealed class WorkStore(string folder)
{
    public void Save(string id, WorkRecord record) => Write(id, record, flushToDisk: false);

    public void SaveReviewed(string id, WorkRecord record) => Write(id, record, flushToDisk: true);

    public WorkRecord? Find(string id)
    {
        var path = PathOf(id);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<WorkRecord>(File.ReadAllText(path), JsonFiles.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Write(string id, WorkRecord record, bool flushToDisk)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteJson(PathOf(id), record, JsonFiles.Options, flushToDisk);
    }

    private string PathOf(string id) =>
        id.All(char.IsAsciiHexDigit) ? Path.Combine(folder, id + ".json") : throw new ArgumentException($"'{id}' is not a document id.", nameof(id));
}
