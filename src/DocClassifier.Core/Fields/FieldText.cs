using System.Text;
using System.Text.RegularExpressions;
using DocClassifier.Extraction;

namespace DocClassifier.Fields;

/// <summary>
/// A page as the extractors search it: NFKC-folded, so that full-width digits, letters and punctuation
/// (０-９, Ａ-Ｚ, ，) are ASCII, and with every character traced back to the page, so that a match can be
/// reported as the exact text it came from even though folding may change lengths.
/// </summary>
internal sealed class FieldText
{
    private readonly string page;
    private readonly int[] starts;
    private readonly int[] ends;

    private FieldText(string page, string text, int[] starts, int[] ends)
    {
        this.page = page;
        Text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public string Text { get; }

    /// <summary>For names and addresses: folded, letters left as they are.</summary>
    public static FieldText ForWords(string page) => Fold(page, repairDigits: false);

    /// <summary>For numbers and codes: folded, and OCR's letters-for-digits repaired inside numeric tokens.</summary>
    public static FieldText ForNumbers(string page) => Fold(page, repairDigits: true);

    public string Raw(Capture capture) => Raw(capture.Index, capture.Length);

    public string Raw(int index, int length) =>
        length == 0 ? string.Empty : page[starts[index]..ends[index + length - 1]];

    /// <summary>Up to <paramref name="count"/> characters before <paramref name="index"/> on the same line.</summary>
    public string LineBefore(int index, int count)
    {
        var lineStart = index == 0 ? 0 : Text.LastIndexOf('\n', index - 1) + 1;
        var from = Math.Max(lineStart, index - count);
        return Text[from..index];
    }

    private static FieldText Fold(string page, bool repairDigits)
    {
        ArgumentNullException.ThrowIfNull(page);
        var source = CjkRadicals.Fold(page);
        var builder = new StringBuilder(source.Length);
        var starts = new List<int>(source.Length);
        var ends = new List<int>(source.Length);
        for (var i = 0; i < source.Length;)
        {
            var width = char.IsSurrogatePair(source, i) ? 2 : 1;
            var piece = source.Substring(i, width);

            // Folding one character at a time keeps the trace; it only differs from folding the whole
            // string for combining marks, which field values never contain. A lone surrogate cannot be folded.
            var folded = char.IsAscii(piece[0]) || (width == 1 && char.IsSurrogate(piece[0]))
                ? piece
                : piece.Normalize(NormalizationForm.FormKC);
            foreach (var c in folded)
            {
                builder.Append(c);
                starts.Add(i);
                ends.Add(i + width);
            }

            i += width;
        }

        var text = repairDigits ? OcrDigits.Repair(builder.ToString()) : builder.ToString();
        return new FieldText(page, text, [.. starts], [.. ends]);
    }
}
