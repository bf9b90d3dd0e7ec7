namespace DocClassifier.Host.Service;

/// <summary>Finds the model to use when none is named: the shipped one under models/, from here or beside the program.</summary>
internal static class ModelLocator
{
    public const string DefaultFileName = "tax-documents.zip";

    public static string Resolve(string? requested)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            return requested;
        }

        var candidates = new[]
        {
            Path.Combine(Environment.CurrentDirectory, "models", DefaultFileName),
            Path.Combine(AppContext.BaseDirectory, "models", DefaultFileName),
        };
        return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
    }
}
