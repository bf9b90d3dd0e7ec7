using System.Text;

namespace DocClassifier.Routing;

/// <summary>Text length as a reader counts it: Unicode code points, so a rare CJK character outside the BMP counts once.</summary>
internal static class Characters
{
    public static int Count(string text)
    {
        var count = 0;
        foreach (Rune _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
