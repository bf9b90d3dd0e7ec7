using System.Globalization;
using System.Text;

namespace DocClassifier.Intake;

/// <summary>File names that fit the file system's limit of 255 bytes a name (ext4, XFS, NTFS's 255 UTF-16 units are more).</summary>
public static class FileNames
{
    public const int MaxBytes = 255;

    /// <summary>
    /// <paramref name="prefix"/> followed by <paramref name="name"/>, with the middle of the name's stem cut (whole
    /// characters, never half of one) until the whole fits in <paramref name="maxBytes"/> of UTF-8. The prefix (a stamp
    /// that makes the name unique) and the extension are kept; the stem keeps its start and end, marked with "…".
    /// </summary>
    public static string Fit(string prefix, string name, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(name);
        if (Bytes(prefix) + Bytes(name) <= maxBytes)
        {
            return prefix + name;
        }

        var extension = Path.GetExtension(name);
        if (Bytes(prefix) + Bytes(extension) + Bytes("…") > maxBytes)
        {
            extension = string.Empty; // an "extension" that long is not one a format is told by
        }

        var stem = name[..^extension.Length];
        var budget = maxBytes - Bytes(prefix) - Bytes(extension) - Bytes("…");
        var characters = TextElements(stem);
        var head = new StringBuilder();
        var tail = new StringBuilder();
        int used = 0, front = 0, back = characters.Count - 1;
        for (var fromFront = true; front <= back; fromFront = !fromFront)
        {
            var next = fromFront ? characters[front] : characters[back];
            if (used + Bytes(next) > budget)
            {
                break;
            }

            used += Bytes(next);
            if (fromFront)
            {
                head.Append(next);
                front++;
            }
            else
            {
                tail.Insert(0, next);
                back--;
            }
        }

        return $"{prefix}{head}…{tail}{extension}";
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
