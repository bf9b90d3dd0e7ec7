using System.Text;
using System.Text.Json;

namespace DocClassifier;

/// <summary>
/// Writes a file under a temporary name in its final folder, flushes it to disk, then renames it:
/// whoever watches the folder sees no file or the whole file, never a part of it.
/// </summary>
internal static class AtomicFile
{
    // Unix reports dot-files as hidden, and the default options skip hidden files.
    private static readonly EnumerationOptions DotFilesIncluded = new() { AttributesToSkip = 0, MatchType = MatchType.Simple };

    public static void Copy(string source, string path) =>
        Write(path, target =>
        {
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read);
            input.CopyTo(target);
        });

    public static void WriteBytes(string path, byte[] content) => Write(path, target => target.Write(content));

    public static void WriteText(string path, string text) =>
        Write(path, target =>
        {
            using var writer = new StreamWriter(target, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>
    /// Without <paramref name="flushToDisk"/> the file is still whole or absent after the process is killed, but a power cut
    /// may leave it empty: for files that can be made again (a cache), where waiting for the disk costs more than remaking the odd one.
    /// </summary>
    public static void WriteJson<T>(string path, T value, JsonSerializerOptions options, bool flushToDisk = true) =>
        Write(path, target => JsonSerializer.Serialize(target, value, options), flushToDisk);

    /// <summary>
    /// Deletes temporaries that a killed earlier attempt for this document left behind. Should a
    /// concurrent attempt lose its temporary, its rename fails and its job is retried: no half file
    /// is ever published either way.
    /// </summary>
    public static void RemoveLeftovers(string folder, string documentId)
    {
        foreach (var file in Directory.EnumerateFiles(folder, $".{documentId}.*.tmp", DotFilesIncluded))
        {
            TryDelete(file);
        }
    }

    // A dot in front hides it on Unix and no watcher pattern (*.json, *.pdf) matches the .tmp at the end;
    // the random part keeps two attempts at the same file from writing into each other's temporary.
    private static string TemporaryPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");

    public static void Write(string path, Action<Stream> write, bool flushToDisk = true)
    {
        var temporary = TemporaryPath(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Still open elsewhere (Windows); the next attempt for this document removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
