using System.Globalization;
using System.Text.Json.Serialization;

namespace DocClassifier.Classification;

/// <summary>
/// One kind of n-gram taken from prepared text: words (whitespace-separated tokens; for Chinese the
/// phrases between punctuation), characters within word boundaries (each word padded with a space,
/// what works for English and for OCR noise inside words), or plain characters across the whole text
/// (what Chinese needs, as its "words" are whole phrases). A layout block holds the text's shape instead
/// (<see cref="TextShape"/>: lines, their lengths, digits ...), weighed like any other block.
/// </summary>
public sealed record NgramBlock(NgramKind Kind, int MinLength, int MaxLength)
{
    /// <summary>The text's shape as one more block (<see cref="TextShape"/>).</summary>
    public static NgramBlock Layout { get; } = new(NgramKind.Layout, 1, 1);

    public override string ToString() => Kind == NgramKind.Layout ? Name : string.Create(CultureInfo.InvariantCulture, $"{Name} {MinLength}-{MaxLength}");

    /// <summary>
    /// The block's length in a vector (each block is L2-normalised to it): 1 for n-grams, half that for the
    /// layout, which at full length cost macro-F1 on the real archive's tuning folds (scikit-learn, 5-fold CV on
    /// the 1,400 tuning documents: 0.8268 at 1, 0.8397 at 0.5, 0.8368 without layout).
    /// </summary>
    [JsonIgnore]
    public float Norm => Kind == NgramKind.Layout ? 0.5f : 1f;

    [JsonIgnore]
    public string Name => Kind switch
    {
        NgramKind.Word => "word",
        NgramKind.CharacterWithinWords => "char-wb",
        NgramKind.Layout => "layout",
        _ => "char",
    };

    /// <summary>Calls <paramref name="take"/> once per n-gram occurrence in the prepared text (no allocation per n-gram).</summary>
    public void Each(string prepared, NgramSink take)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(take);
        if (Kind == NgramKind.Layout)
        {
            TextShape.Tokens(prepared, take);
            return;
        }

        // " w1 w2 w3 ": every word n-gram, padded word and character n-gram is a slice of this one string.
        var words = prepared.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = " " + string.Join(' ', words) + " ";
        var starts = new int[words.Length + 1];
        for (int i = 0, at = 1; i < words.Length; at += words[i].Length + 1, i++)
        {
            starts[i] = at;
        }

        starts[words.Length] = text.Length;
        var span = text.AsSpan();
        switch (Kind)
        {
            case NgramKind.Word:
                for (var i = 0; i < words.Length; i++)
                {
                    for (var n = MinLength; n <= MaxLength && i + n <= words.Length; n++)
                    {
                        take(span[starts[i]..(starts[i + n] - 1)]);
                    }
                }

                break;
            case NgramKind.CharacterWithinWords:
                for (var i = 0; i < words.Length; i++)
                {
                    CharsWithinWord(span[(starts[i] - 1)..starts[i + 1]], take);
                }

                break;
            default:
                var inner = span[1..^1];
                for (var n = MinLength; n <= MaxLength; n++)
                {
                    for (var i = 0; i + n <= inner.Length; i++)
                    {
                        take(inner.Slice(i, n));
                    }
                }

                break;
        }
    }

    // As scikit-learn's char_wb: a padded word no longer than n counts once whole, and longer n-grams are not taken.
    private void CharsWithinWord(ReadOnlySpan<char> padded, NgramSink take)
    {
        for (var n = MinLength; n <= MaxLength; n++)
        {
            if (padded.Length <= n)
            {
                take(padded);
                return;
            }

            for (var i = 0; i + n <= padded.Length; i++)
            {
                take(padded.Slice(i, n));
            }
        }
    }
}
