using System.Globalization;

namespace DocClassifier.Extraction;

/// <summary>
/// Counts, per file, the readings that were started and never came back, and gives up on a file once
/// <paramref name="limit"/> of them have: its reading then fails with <see cref="ExtractionErrorCode.ReadingInterrupted"/>
/// (the document goes to failed/ with its original and a reason) instead of being tried again.
/// A reading only fails to come back when the process dies inside it: a crash in a native library (Tesseract 5.3
/// dies in <c>PAGE_RES_IT::ReplaceCurrentWord</c> on some pages read with two languages), or the process killed.
/// Without this, such a page takes its worker down again at every restart, and the documents beside it with it.
/// A file with an unfinished reading is read with <paramref name="cautious"/> (the service's: one language, since the
/// crash above is in Tesseract's code for several), and alone in this process, no other reading beside it, so a crash
/// while it is read is its own: the documents that happened to be read beside a crashing page are not counted again, and
/// a long document read while a bad page keeps crashing the process is not given up with it.
/// The count is a small file in <paramref name="folder"/> (<see cref="Processing.WorkStore.Readings"/>, shared by the
/// service's nodes), written before the reading and deleted once it returns or throws, so only a dead process leaves it
/// behind; a retry (<see cref="Forget"/>) deletes it too. One instance a process: the exclusion is between the readings
/// of this instance.
/// </summary>
public sealed class CrashCountingExtractor(IDocumentExtractor inner, IDocumentExtractor cautious, string folder, int limit) : IDocumentExtractor, IDisposable
{
    private readonly ReaderWriterLockSlim readings = new(LockRecursionPolicy.NoRecursion);

    public ExtractedDocument Extract(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var count = CountOf(folder, path);
        var unfinished = Unfinished(count);
        if (unfinished >= limit)
        {
            // The count stays: every later reading of the file fails the same way, until a retry forgets it.
            throw new ExtractionException(
                ExtractionErrorCode.ReadingInterrupted,
                $"Reading this file was started {unfinished} times and never finished: the worker process died each time " +
                "(a crash in the OCR engine or another native library, or the process was killed). It is not read again " +
                "unless the document is retried.");
        }

        var alone = unfinished > 0;
        if (alone)
        {
            readings.EnterWriteLock();
        }
        else
        {
            readings.EnterReadLock();
        }

        try
        {
            Directory.CreateDirectory(folder);

            // Written in place and not flushed: it is whole before the reading starts (the only place the process can die
            // and leave it), a process that dies leaves it in the system's cache, and a power cut only forgets a count.
            File.WriteAllText(count, (unfinished + 1).ToString(CultureInfo.InvariantCulture));
            try
            {
                return (alone ? cautious : inner).Extract(path, cancellationToken);
            }
            finally
            {
                File.Delete(count);
            }
        }
        finally
        {
            if (alone)
            {
                readings.ExitWriteLock();
            }
            else
            {
                readings.ExitReadLock();
            }
        }
    }

    /// <summary>Forgets the file's unfinished readings: a retried document is read again as if for the first time.</summary>
    public static void Forget(string folder, string path)
    {
        if (Directory.Exists(folder))
        {
            File.Delete(CountOf(folder, path));
        }
    }

    public void Dispose() => readings.Dispose();

    private static string CountOf(string folder, string path) => Path.Combine(folder, Path.GetFileName(path) + ".readings");

    private static int Unfinished(string count)
    {
        try
        {
            return int.TryParse(File.ReadAllText(count), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
        catch (DirectoryNotFoundException)
        {
            return 0;
        }
    }
}
