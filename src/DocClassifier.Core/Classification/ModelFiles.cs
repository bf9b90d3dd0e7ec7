namespace DocClassifier.Classification;

/// <summary>Where a model's files live: <c>NAME.zip</c> (ML.NET) and <c>NAME.card.json</c> beside it.</summary>
public static class ModelFiles
{
    public static string CardPath(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", Path.GetFileNameWithoutExtension(modelPath) + ".card.json");

    public static void WriteCard(string modelPath, ModelCard card) => AtomicFile.WriteJson(CardPath(modelPath), card, JsonFiles.Options);
}
