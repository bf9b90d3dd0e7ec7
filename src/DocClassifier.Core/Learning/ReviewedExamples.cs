using DocClassifier.Review;
using DocClassifier.Training;

namespace DocClassifier.Learning;

/// <summary>
/// The texts reviewers decided (<c>training-examples/LABEL/ID.txt</c>, written by <see cref="ReviewDesk"/>),
/// and the held-out slice: chosen by the document id, so an example is either always or never held out.
/// "None of these" decisions are not a class and are left out.
/// </summary>
public static class ReviewedExamples
{
    public static IReadOnlyList<LabeledText> Load(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(root)
            .Where(d => Path.GetFileName(d) != ReviewDesk.NoneOfTheLabels && !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt").Select(f => new LabeledText(f, File.ReadAllText(f), Path.GetFileName(d), IdOf(f))))
            .Where(e => e.ContentHash.Length >= 4 && e.ContentHash.All(char.IsAsciiHexDigit))
            .OrderBy(e => e.ContentHash, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How many reviewed examples each label has (including "other").</summary>
    public static IReadOnlyDictionary<string, int> CountByLabel(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).ToDictionary(d => Path.GetFileName(d), d => Directory.EnumerateFiles(d, "*.txt").Count(), StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);

    public static bool IsHeldOut(LabeledText example, int percent)
    {
        ArgumentNullException.ThrowIfNull(example);
        return Convert.ToInt32(example.ContentHash[..4], 16) % 100 < percent;
    }

    private static string IdOf(string file) => Path.GetFileNameWithoutExtension(file);
}
