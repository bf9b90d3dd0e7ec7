using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocClassifier.Classification;

/// <summary>Where a model's files live: <c>NAME.zip</c> (ML.NET) and <c>NAME.card.json</c> beside it.</summary>
public static class ModelFiles
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string CardPath(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", Path.GetFileNameWithoutExtension(modelPath) + ".card.json");

    public static void WriteCard(string modelPath, ModelCard card)
    {
        var path = CardPath(modelPath);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(card, JsonOptions));
        File.Move(temporary, path, overwrite: true);
    }
}
