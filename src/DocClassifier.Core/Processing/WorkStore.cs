using System.Text.Json;

namespace DocClassifier.Processing;

/// <summary>Work records by document id, one JSON file each, written atomically.</summary>
public sealed class WorkStore(string folder)
{
    public void Save(string id, WorkRecord record)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteJson(PathOf(id), record, JsonFiles.Options);
    }

    public WorkRecord? Find(string id)
    {
        var path = PathOf(id);
        return File.Exists(path) ? JsonSerializer.Deserialize<WorkRecord>(File.ReadAllText(path), JsonFiles.Options) : null;
    }

    private string PathOf(string id) =>
        id.All(char.IsAsciiHexDigit) ? Path.Combine(folder, id + ".json") : throw new ArgumentException($"'{id}' is not a document id.", nameof(id));
}
