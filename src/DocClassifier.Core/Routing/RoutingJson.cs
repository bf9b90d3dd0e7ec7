using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocClassifier.Routing;

/// <summary>How result and error files are written: camelCase, indented, enums as camelCase strings, Chinese left readable.</summary>
internal static class RoutingJson
{
    // Nulls are written (confidence, ocrConfidence and resolution are required, null when they do not apply).
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
