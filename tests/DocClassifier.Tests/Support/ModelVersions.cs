using DocClassifier.Classification;
using DocClassifier.Learning;

namespace DocClassifier.Tests.Support;

/// <summary>Registry versions for tests that need a second one without training it.</summary>
internal static class ModelVersions
{
    /// <summary>Copies a version as the same model under a version an hour later, its card changed as given; returns the new version.</summary>
    public static string CopyAsNewer(ModelRegistry registry, string version, Func<ModelCard, ModelCard>? change = null)
    {
        var card = (change ?? (c => c))(registry.Card(version)) with { CreatedAt = registry.Card(version).CreatedAt.AddHours(1) };
        var source = Directory.GetFiles(Path.Combine(registry.Folder, version), "*.zip").Single();
        var target = Path.Combine(registry.Folder, card.Version, Path.GetFileName(source));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
        ModelFiles.WriteCard(target, card);
        return card.Version;
    }
}
