using DocClassifier.Review;
using DocClassifier.Training;

namespace DocClassifier.Learning;

/// <summary>
/// The texts reviewers decided (<c>training-examples/LABEL/ID.txt</c>, written by <see cref="ReviewDesk"/>), the
/// delivered documents they spot-checked (<c>training-examples/LABEL/spot-checks/ID.txt</c>), and the held-out slice:
/// chosen by the document id, so an example is either always or never held out. "None of these" decisions are not a
/// class and are left out.
/// </summary>
public static class ReviewedExamples
{
    /// <summary>The sub-folder of a label's folder that holds its spot-checked examples.</summary>
    public const string SpotChecksFolder = "spot-checks";

    public static IReadOnlyList<LabeledText> Load(string root, ExampleSource source = ExampleSource.Review)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(root)
            .Where(d => Path.GetFileName(d) != ReviewDesk.NoneOfTheLabels && !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(d => Files(d, source).Select(f => new LabeledText(f, File.ReadAllText(f), Path.GetFileName(d), IdOf(f))))
            .Where(e => e.ContentHash.Length >= 4 && e.ContentHash.All(char.IsAsciiHexDigit))
            .OrderBy(e => e.ContentHash, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Keeps a decided document as an example of <paramref name="label"/>: a review decision, or a spot-check of a
    /// delivered document. <paramref name="id"/> is the document's id (hexadecimal, as the ledger's); the same id again
    /// replaces the text. Written whole or not at all.
    /// </summary>
    public static string Add(string root, string label, string id, string text, ExampleSource source = ExampleSource.Review)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (id.Length < 4 || !id.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException($"'{id}' is not a document id (at least four hexadecimal digits).", nameof(id));
        }

        var folder = source == ExampleSource.SpotCheck ? Path.Combine(root, label, SpotChecksFolder) : Path.Combine(root, label);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, id + ".txt");
        AtomicFile.WriteText(path, text);
        return path;
    }

    /// <summary>How many reviewed examples each label has (including "other"); spot-checks are not counted.</summary>
    public static IReadOnlyDictionary<string, int> CountByLabel(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).ToDictionary(d => Path.GetFileName(d), d => Directory.EnumerateFiles(d, "*.txt").Count(), StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// Spot-checks answered so far and how many of them corrected the model (a correction is also a reviewed example of
    /// the same label): the measured precision of what the model delivers. Reads file names only.
    /// </summary>
    public static (int Answered, int Corrected) SpotCheckTally(string root)
    {
        if (!Directory.Exists(root))
        {
            return (0, 0);
        }

        var answered = 0;
        var corrected = 0;
        foreach (var labelFolder in Directory.EnumerateDirectories(root))
        {
            foreach (var file in Files(labelFolder, ExampleSource.SpotCheck))
            {
                answered++;
                corrected += File.Exists(Path.Combine(labelFolder, Path.GetFileName(file))) ? 1 : 0;
            }
        }

        return (answered, corrected);
    }

    public static bool IsHeldOut(LabeledText example, int percent)
    {
        ArgumentNullException.ThrowIfNull(example);
        return Convert.ToInt32(example.ContentHash[..4], 16) % 100 < percent;
    }

    private static IEnumerable<string> Files(string labelFolder, ExampleSource source)
    {
        var folder = source == ExampleSource.SpotCheck ? Path.Combine(labelFolder, SpotChecksFolder) : labelFolder;
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.txt") : [];
    }

    private static string IdOf(string file) => Path.GetFileNameWithoutExtension(file);
}
