namespace DocClassifier.Samples.Corpus;

// Checksums of the two identifiers every tax form carries. Generated samples must pass them,
// because field extraction (and a clerk) rejects a number whose check digit is wrong.
public static class TaiwanIds
{
    // A=10 ... Z=33 in the order the household registration offices were numbered, which is why
    // I, O, W, X, Y, Z sit out of alphabetical order.
    private const string LetterOrder = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
    private static readonly int[] BusinessNumberWeights = [1, 2, 1, 2, 1, 2, 4, 1];

    public static int LetterCode(char letter)
    {
        var index = LetterOrder.IndexOf(char.ToUpperInvariant(letter), StringComparison.Ordinal);
        return index < 0 ? throw new ArgumentException($"'{letter}' is not an ID letter.", nameof(letter)) : index + 10;
    }

    // National ID: letter (two-digit code, weights 1 and 9), then eight digits weighted 8..1,
    // then the check digit; the weighted sum must be divisible by 10.
    public static bool IsValidNationalId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 10 || !char.IsAsciiLetterUpper(id[0]) || id.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return (NationalIdSum(id.AsSpan(0, 9)) + (id[9] - '0')) % 10 == 0;
    }

    // Completes letter + eight digits with the check digit.
    public static string CompleteNationalId(string firstNine)
    {
        ArgumentNullException.ThrowIfNull(firstNine);
        var check = (10 - (NationalIdSum(firstNine) % 10)) % 10;
        return firstNine + (char)('0' + check);
    }

    // Unified business number: digit × weight, the digits of each product added up. The sum must
    // be divisible by 5 (by 10 before 2023); when the seventh digit is 7 its product 28 counts as
    // either 10 or 1, so sum or sum + 1 may qualify.
    public static bool IsValidBusinessNumber(string number, bool before2023 = false)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number.Length != 8 || number.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var divisor = before2023 ? 10 : 5;
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var product = (number[i] - '0') * BusinessNumberWeights[i];
            sum += (product / 10) + (product % 10);
        }

        return sum % divisor == 0 || (number[6] == '7' && (sum + 1) % divisor == 0);
    }

    private static int NationalIdSum(ReadOnlySpan<char> firstNine)
    {
        var code = LetterCode(firstNine[0]);
        var sum = (code / 10) + (code % 10 * 9);
        for (var i = 1; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (9 - i);
        }

        return sum;
    }
}
