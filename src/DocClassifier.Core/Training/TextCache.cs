using System.Security.Cryptography;

namespace DocClassifier.Training;

/// <summary>
/// Extracted text kept by content hash, so that retraining on the same archive never OCRs a document twice.
/// Entries are written atomically, so a killed run leaves no half entry.
/// </summary>
public sealed class TextCache(string folder)
{
    public static string DefaultFolder { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "docclassifier",
        "text-cache");

    public string Folder { get; } = folder;

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public string GetOrAdd(string contentHash, Func<string> extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var path = Path.Combine(Folder, contentHash[..2], contentHash + ".txt");
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        var text = extract();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteText(path, text);
        return text;
    }
}
