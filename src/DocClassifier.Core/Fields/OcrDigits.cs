namespace DocClassifier.Fields;

/// <summary>
/// Repairs OCR's usual letters-for-digits (O and o for 0; I, l and | for 1) inside tokens that are
/// otherwise numeric. Character for character, so positions in the text do not move.
/// </summary>
internal static class OcrDigits
{
    public static string Repair(string text)
    {
        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (!IsTokenChar(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < chars.Length && IsTokenChar(chars[i]))
            {
                i++;
            }

            RepairToken(chars, start, i);
        }

        return new string(chars);
    }

    private static void RepairToken(char[] chars, int start, int end)
    {
        int digits = 0, others = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                digits++;
            }
            else
            {
                others++;
            }
        }

        // A token is numeric when digits outnumber everything else: "l13", "1O1", "A1234567O9" qualify,
        // "ABO" and "Iot" do not.
        if (digits < 2 || digits <= others)
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            // A leading capital of a ten-character token is left alone: it is the letter of an ID, and I and
            // O are real ID letters. A bar is a digit only inside a token; at an edge it is a table rule.
            chars[i] = chars[i] switch
            {
                'O' or 'I' when i == start && end - start == 10 => chars[i],
                'O' or 'o' => '0',
                'I' or 'l' => '1',
                '|' when i > start && i < end - 1 => '1',
                _ => chars[i],
            };
        }
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '|';
}
