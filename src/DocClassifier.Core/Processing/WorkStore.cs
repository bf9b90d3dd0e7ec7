using System.Text.Json;
using DocClassifier.Classification;

namespace DocClassifier.Processing;

/// <summary>Work records by document id, one JSON file each, written atomically (temporary name, then rename).</summary>
public sealed class WorkStore(string folder)
{
    public void Save(string id, WorkRecord record)
    {
        Directory.CreateDirectory(folder);
        var path = PathOf(id);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, ModelFiles.JsonOptions));
        File.Move(temporary, path, overwrite: true);
    }

    public WorkRecord? Find(string id)
    {
        var path = PathOf(id);
        return File.Exists(path) ? JsonSerializer.Deserialize<WorkRecord>(File.ReadAllText(path), ModelFiles.JsonOptions) : null;
    }

    private string PathOf(string id) =>
        id.All(char.IsAsciiHexDigit) ? Path.Combine(folder, id + ".json") : throw new ArgumentException($"'{id}' is not a document id.", nameof(id));
}
