using System.Text.RegularExpressions;

namespace DocClassifier.Tests.Support;

/// <summary>The shell commands of the README's fenced <c>bash</c> blocks, read from the file so a test runs what a newcomer reads.</summary>
internal static partial class ReadmeCommands
{
    /// <summary>The commands of every <c>bash</c> block, in order, without comment lines and blank lines.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Blocks(string readme) => Blocks(File.ReadLines(readme));

    private static List<IReadOnlyList<string>> Blocks(IEnumerable<string> lines)
    {
        var blocks = new List<IReadOnlyList<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (current is null && line.TrimEnd() == "```bash")
            {
                current = [];
            }
            else if (current is not null && line.TrimEnd() == "```")
            {
                blocks.Add(current);
                current = null;
            }
            else if (current is not null && line.Trim() is { Length: > 0 } command && !command.StartsWith('#'))
            {
                current.Add(command);
            }
        }

        return blocks;
    }

    /// <summary>The commands of the first <c>bash</c> block after the line that starts with <paramref name="heading"/>.</summary>
    public static IReadOnlyList<string> BlockAfter(string readme, string heading)
    {
        var lines = File.ReadAllLines(readme);
        var at = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        if (at < 0)
        {
            throw new InvalidOperationException($"The README has no line starting with '{heading}'.");
        }

        return Blocks(lines.Skip(at)).FirstOrDefault() ?? throw new InvalidOperationException($"No bash block follows '{heading}'.");
    }

    /// <summary>The command with the placeholder words (<c>ID</c>, <c>LABEL</c>) replaced by real values.</summary>
    public static string Fill(string command, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(command, m => values.TryGetValue(m.Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial Regex Placeholder();
}
