using System.Globalization;
using System.Text;

namespace DocClassifier.Samples.Corpus;

// Writes a labelled corpus: outputFolder/<label>/<label>-<NNNN>.<ext> and outputFolder/labels.csv,
// whose layout and family columns name the template that made each document.
// Deterministic: the same seed gives the same documents, and document i of a label has the same
// text in Generate and GenerateText. Existing files of the same names are overwritten; nothing
// else in the folder is touched.
public static class CorpusGenerator
{
    public const string LabelsFileName = "labels.csv";

    public static SampleDocument Compose(string label, int index, int seed) => SampleComposer.Compose(label, index, seed);

    public static IReadOnlyList<CorpusEntry> Generate(string outputFolder, int perClass, int seed, IProgress<int>? progress = null) =>
        Run(outputFolder, perClass, seed, CorpusOptions.Default, progress, textOnly: false);

    public static IReadOnlyList<CorpusEntry> Generate(string outputFolder, int perClass, int seed, CorpusOptions options, IProgress<int>? progress = null) =>
        Run(outputFolder, perClass, seed, options, progress, textOnly: false);

    public static IReadOnlyList<CorpusEntry> GenerateText(string outputFolder, int perClass, int seed, IProgress<int>? progress = null) =>
        Run(outputFolder, perClass, seed, CorpusOptions.Default, progress, textOnly: true);

    public static IReadOnlyList<CorpusEntry> GenerateText(string outputFolder, int perClass, int seed, CorpusOptions options, IProgress<int>? progress = null) =>
        Run(outputFolder, perClass, seed, options, progress, textOnly: true);

    public static IReadOnlyList<string> Labels(CorpusOptions options) => options.OutOfScope ? SampleLabels.WithOutOfScope : SampleLabels.All;

    private static CorpusEntry[] Run(string outputFolder, int perClass, int seed, CorpusOptions options, IProgress<int>? progress, bool textOnly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        ArgumentOutOfRangeException.ThrowIfNegative(perClass);
        ArgumentNullException.ThrowIfNull(options);
        var labels = Labels(options);
        foreach (var label in labels)
        {
            Directory.CreateDirectory(Path.Combine(outputFolder, label));
        }

        var jobs = labels.SelectMany(label => Enumerable.Range(1, perClass).Select(i => (label, index: i))).ToArray();
        var entries = new CorpusEntry[jobs.Length];
        var done = 0;
        var gate = new object();

        // Documents are independent and each one's randomness is its own, so the order in which
        // threads finish cannot change any file.
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, j =>
        {
            var (label, index) = jobs[j];
            var document = SampleComposer.Compose(label, index, seed);
            var format = textOnly ? SampleFormat.Text : document.Format;
            var relative = $"{label}/{label}-{index:0000}{format.Extension()}";
            var path = Path.Combine(outputFolder, label, $"{label}-{index:0000}{format.Extension()}");
            if (textOnly)
            {
                File.WriteAllText(path, options.OcrNoise ? document.NoisyText : document.Text, new UTF8Encoding(false));
            }
            else
            {
                SampleFileWriter.Write(document, path);
            }

            entries[j] = new CorpusEntry(relative, label, format, document.Layout, document.Pages.Count, document.HasTitle, new FileInfo(path).Length)
            {
                Family = document.Family,
                Face = document.Face,
            };
            lock (gate)
            {
                progress?.Report(++done);
            }
        });

        WriteLabels(Path.Combine(outputFolder, LabelsFileName), entries);
        return entries;
    }

    private static void WriteLabels(string path, IEnumerable<CorpusEntry> entries)
    {
        var csv = new StringBuilder("file,label,format,layout,pages,has_title,family,face\n");
        foreach (var e in entries)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{e.File},{e.Label},{e.Format.Slug()},{e.Layout},{e.Pages},{(e.HasTitle ? "true" : "false")},{e.Family},{e.Face.ToString().ToLowerInvariant()}\n");
        }

        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
    }
}
