using System.IO.Compression;
using Microsoft.ML;

namespace DocClassifier.Classification;

/// <summary>
/// The model file: ML.NET's zip, with our <see cref="TfidfVectorizer"/> as one more entry, so one file
/// (and its card) is the whole model wherever it is copied (registry, shipped model). ML.NET ignores
/// the extra entry. A zip without it is a model from before our own features (text in, scores out).
/// </summary>
public static class ModelArchive
{
    public const string FeaturesEntry = "DocClassifier/TextFeatures.bin";

    /// <summary>The column an ensemble member's probabilities are kept in.</summary>
    public static string MemberScoreColumn(int member) => $"Score{member}";

    public static void Save(ITransformer model, DataViewSchema inputSchema, TfidfVectorizer vectorizer, string path)
    {
        ArgumentNullException.ThrowIfNull(vectorizer);
        new MLContext().Model.Save(model, inputSchema, path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        using var entry = zip.CreateEntry(FeaturesEntry, CompressionLevel.Optimal).Open();
        vectorizer.Write(entry);
    }

    /// <summary>The ML.NET model, its input schema, and our vectorizer (null for a model from before it).</summary>
    public static (ITransformer Model, DataViewSchema InputSchema, TfidfVectorizer? Vectorizer) Load(string path)
    {
        var model = new MLContext().Model.Load(path, out var inputSchema);
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry(FeaturesEntry);
        if (entry is null)
        {
            return (model, inputSchema, null);
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return (model, inputSchema, TfidfVectorizer.Read(buffer));
    }
}
