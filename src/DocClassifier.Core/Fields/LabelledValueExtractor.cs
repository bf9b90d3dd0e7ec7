using System.Text.RegularExpressions;

namespace DocClassifier.Fields;

/// <summary>
/// Reads the value a form prints after a label on the same line ("納稅義務人：王小明", "地址 臺中市…"),
/// up to the line's end or the next label. A label only counts at the start of a word, so that
/// 扣繳單位名稱 is not read as 名稱.
/// </summary>
public sealed partial class LabelledValueExtractor : PageFieldExtractor
{
    private readonly Regex label;
    private readonly bool endsAtSpace;

    private LabelledValueExtractor(string name, Regex label, bool endsAtSpace)
    {
        Name = name;
        this.label = label;
        this.endsAtSpace = endsAtSpace;
    }

    /// <summary>The taxpayer's name after 納稅義務人, 申請人, 所有權人, 所得人, 姓名 or 名稱.</summary>
    public static LabelledValueExtractor TaxpayerName { get; } = new("taxpayerName", NameLabel(), endsAtSpace: true);

    /// <summary>The address after 地址, 住址, 通訊地址, 送達地址, 戶籍地址 or 房屋坐落.</summary>
    public static LabelledValueExtractor Address { get; } = new("address", AddressLabel(), endsAtSpace: false);

    public override string Name { get; }

    protected override IEnumerable<ExtractedField> ExtractPage(string text, int page)
    {
        var folded = FieldText.ForWords(text);
        foreach (Match match in label.Matches(folded.Text))
        {
            var (start, end) = ValueSpan(folded.Text, match.Index + match.Length);
            var value = Tidy(folded.Text[start..end]);
            if (value.Length > 0)
            {
                yield return ExtractedField.Valid(Name, value, folded.Raw(start, end - start), page);
            }
        }
    }

    private (int Start, int End) ValueSpan(string text, int from)
    {
        var lineEnd = text.IndexOf('\n', from);
        var line = text[from..(lineEnd < 0 ? text.Length : lineEnd)];
        var lead = Separators().Match(line).Length;
        var stop = NextLabel().Match(line, lead);
        var length = stop.Success ? stop.Index : line.Length;

        // A table's rule read as a character ("|東昇電器行|") is a cell's border: the value ends at it.
        var border = line.IndexOfAny(Rules, lead);
        if (border >= 0 && border < length)
        {
            length = border;
        }

        // A name is one word: "王小明 男 60年次" ends at the space. OCR spacing inside a name ("王 小 明")
        // leaves a single character before the space, so then the spaces are the OCR's, not the form's.
        if (endsAtSpace)
        {
            var space = line.IndexOf(' ', lead);
            if (space >= 0 && space < length && CjkWord().IsMatch(line[lead..space]))
            {
                length = space;
            }
        }

        var value = line[lead..length].TrimEnd(' ', ',', ';', ':', '、', '。', '_', '-', '=');
        return (from + lead, from + lead + value.Length);
    }

    // What OCR reads a table's rules and borders as (after NFKC: ｜ is |): bars, box drawing, the radical 丨.
    private static readonly char[] Rules =
        ['|', '¦', '‖', '丨', .. Enumerable.Range(0x2500, 0x80).Select(c => (char)c)];

    // Spaces next to Chinese characters are OCR's, not the writer's.
    private static string Tidy(string value) =>
        CjkSpacing().Replace(Spaces().Replace(value, " "), string.Empty).Trim();

    [GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})(?:(?:納稅義務人|申請人|所有權人|所得人)(?:姓名|名稱)?|姓名|名稱)")]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})(?:(?:納稅義務人|申請人|所有權人|所得人)?(?:通訊|送達|戶籍|營業|居住|聯絡)?(?:地址|住址)|房屋[坐座]落(?:地址)?)")]
    private static partial Regex AddressLabel();

    // Separators after a label: colons, spaces, table rules and borders, underscores for writing on, and a
    // parenthesised note such as (即房屋所有權人).
    [GeneratedRegex(@"^(?:[\s:|¦‖丨_\u2500-\u257F]|\([^)\n]{0,12}\))*")]
    private static partial Regex Separators();

    // Labels of other fields that forms print on the same line as a name or an address.
    [GeneratedRegex("納稅義務人|申請人|所有權人|所得人|姓名|名稱|(?:通訊|送達|戶籍|營業|居住|聯絡)?(?:地址|住址)|房屋[坐座]落|身[分份]證|統一編號|統編|電話|手機|傳真|性別|出生|日期|稅籍編號|地號|車號|車牌|金額|郵遞區號")]
    private static partial Regex NextLabel();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,}$")]
    private static partial Regex CjkWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}) | (?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex CjkSpacing();
}
