using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocClassifier;

/// <summary>How every JSON file the program writes looks (results, errors, model cards, work records): camelCase, indented, enums as camelCase strings, Chinese left readable.</summary>
public static class JsonFiles
{
    // Nulls are written (confidence, ocrConfidence and resolution are required, null when they do not apply).
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
