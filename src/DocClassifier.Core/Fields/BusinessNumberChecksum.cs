namespace DocClassifier.Fields;

/// <summary>
/// The checksum of the unified business number (統一編號): eight digits weighted 1,2,1,2,1,2,4,1, the
/// digits of each product added up. Since 2023 the sum must be a multiple of 5 (which every number valid
/// under the old multiple-of-10 rule also is). When the seventh digit is 7 its product 28 counts as 10,
/// and may count as 1 or 0, so the sum plus one may be the multiple instead.
/// </summary>
public static class BusinessNumberChecksum
{
    private static readonly int[] Weights = [1, 2, 1, 2, 1, 2, 4, 1];

    public static bool IsValid(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number.Length != 8 || number.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var product = (number[i] - '0') * Weights[i];
            sum += (product / 10) + (product % 10);
        }

        return sum % 5 == 0 || (number[6] == '7' && (sum + 1) % 5 == 0);
    }
}
