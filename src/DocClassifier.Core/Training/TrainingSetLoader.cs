using System.Collections.Concurrent;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocClassifier.Extraction;

namespace DocClassifier.Training;

/// <summary>
/// Reads labelled documents: a folder with one subfolder per label (documents of any supported
/// format; a .txt file is already-extracted text), a folder with a labels.csv manifest (file,label),
/// or a CSV file of text,label. Documents are extracted on all cores through the text cache.
/// </summary>
public sealed class TrainingSetLoader(Func<IDocumentExtractor> extractor, TextCache cache)
{
    private const string Manifest = "labels.csv";

    private static readonly string[] GroupColumns = ["group", "layout"];

    public TrainingSet Load(string path, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        if (File.Exists(path) && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return new TrainingSet(ReadTextCsv(path), [], Path.GetFileName(path));
        }

        if (!Directory.Exists(path))
        {
            throw new TrainingDataException($"'{path}' is neither a folder of labelled documents nor a CSV file of text,label.");
        }

        var files = File.Exists(Path.Combine(path, Manifest)) ? ReadManifest(path) : ScanLabelFolders(path);
        if (files.Count == 0)
        {
            throw new TrainingDataException(
                $"No documents found in '{path}'. Put each label's documents in a subfolder named after the label, or add a labels.csv (file,label).");
        }

        var examples = new ConcurrentBag<LabeledText>();
        var skipped = new ConcurrentBag<string>();
        var done = 0;
        Parallel.ForEach(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            file =>
            {
                try
                {
                    examples.Add(Read(file.Path, file.Label, cancellationToken) with { Group = file.Group });
                }
                catch (ExtractionException e)
                {
                    skipped.Add($"{Path.GetRelativePath(path, file.Path)}: {e.Code}: {e.Message}");
                }
                catch (IOException e)
                {
                    skipped.Add($"{Path.GetRelativePath(path, file.Path)}: {e.Message}");
                }

                progress?.Report((Interlocked.Increment(ref done), files.Count));
            });

        var ordered = examples.OrderBy(e => e.Source, StringComparer.Ordinal).ToList();
        return new TrainingSet(ordered, skipped.Order(StringComparer.Ordinal).ToList(), Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
    }

    private LabeledText Read(string file, string label, CancellationToken cancellationToken)
    {
        var content = File.ReadAllBytes(file);
        var hash = TextCache.HashOf(content);
        var text = file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            ? System.Text.Encoding.UTF8.GetString(content)
            : cache.GetOrAdd(hash, () => extractor().Extract(file, cancellationToken).Text);
        return new LabeledText(file, text, label, hash);
    }

    private static List<(string Path, string Label, string? Group)> ScanLabelFolders(string root) =>
        Directory.EnumerateDirectories(root)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)
                .Where(IsDocument)
                .Select(f => (f, Path.GetFileName(d), (string?)null)))
            .ToList();

    private static bool IsDocument(string file) =>
        !Path.GetFileName(file).StartsWith('.')
        && (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || FormatSniffer.IsSupportedExtension(file));

    /// <summary>labels.csv: file,label, and optionally the group the document was made from (a column group, or layout as the sample generator writes it).</summary>
    private static List<(string Path, string Label, string? Group)> ReadManifest(string root)
    {
        using var reader = new StreamReader(Path.Combine(root, Manifest));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.ToLowerInvariant() });
        var rows = new List<(string, string, string?)>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var groupColumn = GroupColumns.FirstOrDefault(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));
        while (csv.Read())
        {
            var group = groupColumn is null ? null : csv.GetField(groupColumn);
            rows.Add((Path.Combine(root, csv.GetField("file")!), csv.GetField("label")!, string.IsNullOrWhiteSpace(group) ? null : group));
        }

        return rows;
    }

    private static List<LabeledText> ReadTextCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.ToLowerInvariant() });
        var rows = new List<LabeledText>();
        csv.Read();
        csv.ReadHeader();
        if (csv.HeaderRecord is null || !csv.HeaderRecord.Contains("text", StringComparer.OrdinalIgnoreCase)
            || !csv.HeaderRecord.Contains("label", StringComparer.OrdinalIgnoreCase))
        {
            throw new TrainingDataException($"'{Path.GetFileName(path)}' needs a header row with the columns text and label.");
        }

        while (csv.Read())
        {
            var text = csv.GetField("text") ?? string.Empty;
            var row = csv.Parser.Row.ToString(CultureInfo.InvariantCulture);
            rows.Add(new LabeledText($"{Path.GetFileName(path)}:{row}", text, csv.GetField("label") ?? string.Empty, TextCache.HashOf(System.Text.Encoding.UTF8.GetBytes(text))));
        }

        return rows;
    }
}
