namespace DocClassifier.Benchmarks;

/// <summary>Images with their true text, found by naming convention in a folder.</summary>
internal static class GroundTruthSet
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".pdf"];

    /// <summary>
    /// X.png + X.gt.txt or X.txt (tesseract test pages, our fixtures); img/NNN.jpg + box/NNN.csv (SROIE receipts,
    /// the transcript being every field after the eight coordinates).
    /// </summary>
    public static IEnumerable<(string Image, string Truth)> Load(string folder)
    {
        foreach (var image in Images(folder))
        {
            var stem = Path.Combine(Path.GetDirectoryName(image)!, Path.GetFileNameWithoutExtension(image));
            var box = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(image)!)!, "box", Path.GetFileNameWithoutExtension(image) + ".csv");
            if (File.Exists(stem + ".gt.txt"))
            {
                yield return (image, File.ReadAllText(stem + ".gt.txt"));
            }
            else if (File.Exists(stem + ".txt"))
            {
                yield return (image, File.ReadAllText(stem + ".txt"));
            }
            else if (File.Exists(box))
            {
                var lines = File.ReadAllLines(box).Select(l => string.Join(',', l.Split(',').Skip(8)));
                yield return (image, string.Join('\n', lines));
            }
        }
    }

    /// <summary>The images with their true text, or every image without it when the folder has no ground truth (photos).</summary>
    public static IEnumerable<(string Image, string? Truth)> LoadOrImagesAlone(string folder)
    {
        var withTruth = Load(folder).Select(p => (p.Image, (string?)p.Truth)).ToList();
        return withTruth.Count > 0
            ? withTruth
            : Images(folder).Select(f => (f, (string?)null));
    }

    // The folder's images, its subfolders' included, in name order.
    private static IEnumerable<string> Images(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(f => ImageExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
        .Order(StringComparer.Ordinal);

    /// <summary>
    /// The categories of each image from a tab-separated <c>manifest.tsv</c> beside them (a header row, the file name
    /// first), as the generated OCR page set writes it; empty when there is none.
    /// </summary>
    public static Dictionary<string, Dictionary<string, string>> LoadManifest(string folder)
    {
        var path = Path.Combine(folder, "manifest.tsv");
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return rows;
        }

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            rows[fields[0]] = header.Skip(1).Zip(fields.Skip(1)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }

        return rows;
    }
}
