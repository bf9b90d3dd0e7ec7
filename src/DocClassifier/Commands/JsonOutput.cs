using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocClassifier.Host.Commands;

/// <summary>How commands print JSON: as the program's files, leaving out what is null.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new(JsonFiles.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
