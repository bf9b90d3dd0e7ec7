using System.Text.Json.Nodes;
using Json.Schema;

namespace DocClassifier.Tests.Routing;

/// <summary>The JSON schemas in the repository's <c>schemas/</c> folder, and validation against them.</summary>
internal static class Schemas
{
    private static readonly Lazy<JsonSchema> ResultSchema = new(() => Load("result.schema.json"));
    private static readonly Lazy<JsonSchema> ErrorSchema = new(() => Load("error.schema.json"));

    public static JsonSchema Result => ResultSchema.Value;

    public static JsonSchema Error => ErrorSchema.Value;

    /// <summary>Walks up from the test binaries to the folder that holds <c>DocClassifier.sln</c>.</summary>
    public static string PathOf(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DocClassifier.sln")))
            {
                return Path.Combine(folder.FullName, "schemas", name);
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds DocClassifier.sln.");
    }

    /// <summary>Every error, with where it is in the document; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        var options = new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
            ValidateAgainstMetaSchema = true,
        };
        var results = schema.Evaluate(JsonNode.Parse(json), options);
        if (results.IsValid)
        {
            return [];
        }

        var failures = results.Details.Prepend(results).Where(r => r.HasErrors);
        return [.. failures.SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({r.EvaluationPath}) {e.Key}: {e.Value}"))];
    }

    private static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(PathOf(name)));
}
