namespace DocClassifier.Fields;

/// <summary>
/// The checksum of the national ID (身分證統一編號) and of resident certificates (居留證統一證號).
/// The first letter becomes a two-digit code from the official table; with the nine characters that
/// follow it, eleven digits weighted 1,9,8,7,6,5,4,3,2,1,1 must sum to a multiple of 10.
/// </summary>
public static class NationalIdChecksum
{
    // Not alphabetical: I, O and W..Z were added after the original 20 codes (10-29) were handed out.
    private static readonly int[] LetterCodes =
    [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, // A-M
        22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33, // N-Z
    ];

    private static readonly int[] Weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

    /// <summary>The two-digit code of an upper-case letter (A=10, I=34, O=35, W=32, X=30, Y=31, Z=33).</summary>
    public static int LetterCode(char letter) =>
        char.IsAsciiLetterUpper(letter)
            ? LetterCodes[letter - 'A']
            : throw new ArgumentOutOfRangeException(nameof(letter), letter, "Expected A-Z.");

    /// <summary>
    /// True for a ten-character ID whose checksum holds: a letter, then a digit (citizens and the 2021
    /// resident certificate) or a letter A-D (the old resident certificate, counted by its code's last digit),
    /// then eight digits.
    /// </summary>
    public static bool IsValid(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 10 || !char.IsAsciiLetterUpper(id[0]) || id.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var code = LetterCode(id[0]);
        var second = id[1] switch
        {
            >= '0' and <= '9' => id[1] - '0',
            >= 'A' and <= 'D' => LetterCode(id[1]) % 10,
            _ => -1,
        };
        if (second < 0)
        {
            return false;
        }

        Span<int> digits = [code / 10, code % 10, second, 0, 0, 0, 0, 0, 0, 0, 0];
        for (var i = 2; i < 10; i++)
        {
            digits[i + 1] = id[i] - '0';
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += digits[i] * Weights[i];
        }

        return sum % 10 == 0;
    }
}
