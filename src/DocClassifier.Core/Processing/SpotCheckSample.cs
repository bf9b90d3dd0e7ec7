using DocClassifier.Storage;

namespace DocClassifier.Processing;

/// <summary>
/// The model's deliveries chosen for a reviewer's spot-check: a fixed share of them, chosen by document id (so a re-run
/// of a job chooses the same documents, and the share is the same on every node), each kept as a small file
/// (<c>ID.txt</c>, holding the label the model delivered) until a reviewer confirms or corrects it. The sample is the
/// bureau's quality control of what nobody looked at, and, beside the reviewed documents, what a challenger model is
/// judged on: the whole stream, not only the documents the live model found hard.
/// </summary>
public sealed class SpotCheckSample(string folder, double percent)
{
    /// <summary>Whether the document with this id is in the spot-checked share (the last four hex digits of the id, out of 10,000).</summary>
    public static bool IsChosen(string id, double percent) =>
        DocumentId.IsValid(id) && Convert.ToInt32(id[^4..], 16) % 10_000 < percent * 100;

    /// <summary>Queues a delivered document if it is in the share; true when it was (again, on a re-run).</summary>
    public bool Offer(string id, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (!IsChosen(id, percent))
        {
            return false;
        }

        Directory.CreateDirectory(folder);
        AtomicFile.WriteText(PathOf(id), label);
        return true;
    }

    /// <summary>The waiting spot-checks, the longest-waiting first.</summary>
    public IReadOnlyList<PendingSpotCheck> Pending(int limit = 1000) =>
        Directory.Exists(folder)
            ? [.. new DirectoryInfo(folder).EnumerateFiles("*.txt")
                .Where(f => DocumentId.IsValid(Path.GetFileNameWithoutExtension(f.Name)))
                .OrderBy(f => f.LastWriteTimeUtc)
                .ThenBy(f => f.Name, StringComparer.Ordinal)
                .Take(limit)
                .Select(Read)
                .OfType<PendingSpotCheck>()]
            : [];

    public int Count => Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.txt").Count() : 0;

    public PendingSpotCheck? Find(string id) => DocumentId.IsValid(id) ? Read(new FileInfo(PathOf(id))) : null;

    /// <summary>Takes a document off the queue (a reviewer decided it); nothing happens when it was not waiting.</summary>
    public void Remove(string id) => File.Delete(PathOf(id));

    private static PendingSpotCheck? Read(FileInfo file)
    {
        try
        {
            var label = File.ReadAllText(file.FullName).Trim();
            return label.Length == 0 ? null : new PendingSpotCheck(Path.GetFileNameWithoutExtension(file.Name), label, file.LastWriteTimeUtc);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // decided by another reviewer a moment ago
        }
    }

    private string PathOf(string id) =>
        DocumentId.IsValid(id) ? Path.Combine(folder, id + ".txt") : throw new ArgumentException($"'{id}' is not a document id.", nameof(id));
}
