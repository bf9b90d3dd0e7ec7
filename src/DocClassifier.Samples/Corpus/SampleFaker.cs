using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// Seeded fake data for Taiwanese tax documents. Everything comes from one System.Random(seed),
// so the same seed and the same sequence of calls always give the same values.
public sealed class SampleFaker
{
    private const string PlateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // I and O are not used on plates
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly (string Name, string Code)[] Banks =
    [
        ("臺灣土地銀行", "005"), ("臺灣銀行", "004"), ("合作金庫商業銀行", "006"), ("第一商業銀行", "007"),
        ("華南商業銀行", "008"), ("彰化商業銀行", "009"), ("中華郵政", "700"), ("玉山商業銀行", "808"),
        ("國泰世華商業銀行", "013"), ("中華郵政", "700"), ("臺灣土地銀行", "005"),
    ];

    public SampleFaker(int seed) => Random = new Random(seed);

    internal Random Random { get; }

    public int Next(int minInclusive, int maxExclusive) => Random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public string Pick(params string[] options) => options[Random.Next(options.Length)];

    public T PickOf<T>(IReadOnlyList<T> options) => options[Random.Next(options.Count)];

    // Picks distinct items in their original order, e.g. the attachments ticked on a form.
    public IReadOnlyList<T> Some<T>(IReadOnlyList<T> options, int min, int max)
    {
        var count = Math.Min(options.Count, Random.Next(min, max + 1));
        return [.. options.Select((o, i) => (o, key: Random.NextDouble(), i)).OrderBy(x => x.key).Take(count).OrderBy(x => x.i).Select(x => x.o)];
    }

    internal County County()
    {
        var counties = TaiwanPlaces.Counties;
        var roll = Random.Next(counties.Sum(c => c.Weight));
        foreach (var county in counties)
        {
            roll -= county.Weight;
            if (roll < 0)
            {
                return county;
            }
        }

        return counties[0];
    }

    public string PersonName(bool? female = null, string? surname = null)
    {
        var isFemale = female ?? Chance(0.5);
        var pool = isFemale ? ChineseNames.FemaleCharacters : ChineseNames.MaleCharacters;
        var given = Chance(0.08) ? PickOf(pool) : PickOf(pool) + PickOf(pool);
        return (surname ?? PickOf(ChineseNames.Surnames)) + given;
    }

    internal Person Person(County county)
    {
        var female = Chance(0.5);
        var birth = new DateOnly(Random.Next(1940, 2001), Random.Next(1, 13), Random.Next(1, 29));
        return new Person(PersonName(female), NationalId(county, female), Address(county), Phone(county), birth, female);
    }

    public string CompanyName() =>
        PickOf(ChineseNames.CompanyPrefixes) + PickOf(ChineseNames.Trades) + PickOf(ChineseNames.LegalForms);

    // Letter of the county of first registration (mostly the county the person lives in), sex
    // digit 1 or 2, seven digits, check digit.
    internal string NationalId(County? county = null, bool? female = null)
    {
        var letter = county is not null && Chance(0.85) ? PickOf(county.IdLetters.ToCharArray()) : (char)('A' + Random.Next(26));
        var sex = (female ?? Chance(0.5)) ? '2' : '1';
        var digits = Random.Next(0, 10_000_000).ToString("0000000", Invariant);
        return TaiwanIds.CompleteNationalId($"{letter}{sex}{digits}");
    }

    public string NationalId() => NationalId(county: null);

    // Seven digits and the check digit that satisfies the stricter pre-2023 rule (divisible by 10),
    // so the number is valid under both rules.
    public string BusinessNumber()
    {
        while (true)
        {
            var first = Random.Next(0, 10_000_000).ToString("0000000", Invariant);
            for (var check = 0; check < 10; check++)
            {
                if (TaiwanIds.IsValidBusinessNumber(first + check, before2023: true))
                {
                    return first + check;
                }
            }
        }
    }

    internal Town Town(County county) => PickOf(county.Towns);

    // zip: null lets chance decide whether the postcode is written in front.
    internal string Address(County county, Town? town = null, bool allowTaiVariant = true, bool? zip = null)
    {
        town ??= Town(county);
        var number = Random.Next(1, 400).ToString(Invariant);
        var street = Random.Next(10) switch
        {
            < 5 => $"{PickOf(town.Roads)}{number}號",
            < 7 => $"{PickOf(town.Roads)}{Random.Next(1, 300)}巷{number}號",
            8 => $"{PickOf(town.Roads)}{Random.Next(1, 200)}巷{Random.Next(1, 30)}弄{number}號",
            _ => $"{PickOf(town.Villages)}{Random.Next(1, 30)}鄰{(Chance(0.5) ? PickOf(town.Roads) : string.Empty)}{number}號",
        };
        if (Chance(0.3))
        {
            street += Chance(0.3) ? $"{Random.Next(2, 15)}樓之{Random.Next(1, 6)}" : $"{Random.Next(2, 15)}樓";
        }

        var address = $"{county.Name}{town.Name}{street}";
        if (allowTaiVariant && Chance(0.2))
        {
            address = address.Replace('臺', '台'); // people often write 台 for 臺
        }

        return (zip ?? Chance(0.25)) ? $"{town.Zip}{address}" : address;
    }

    internal string Phone(County county)
    {
        if (Chance(0.35))
        {
            var mobile = $"09{Random.Next(10, 90)}{Random.Next(0, 1_000_000):000000}";
            return Chance(0.5) ? mobile : $"{mobile[..4]}-{mobile[4..7]}-{mobile[7..]}";
        }

        var local = county.AreaCode.Length == 3 ? Random.Next(2_000_000, 3_000_000).ToString(Invariant) : Random.Next(2_000_000, 8_000_000).ToString(Invariant);
        return Random.Next(3) switch
        {
            0 => $"{county.AreaCode}-{local}",
            1 => $"({county.AreaCode}){local}",
            _ => $"{county.AreaCode}-{local[..3]}-{local[3..]}",
        };
    }

    public DateOnly Date(int rocYearFrom, int rocYearTo)
    {
        var start = new DateOnly(rocYearFrom + RocDates.YearOffset, 1, 1);
        var end = new DateOnly(rocYearTo + RocDates.YearOffset, 12, 31);
        return start.AddDays(Random.Next(end.DayNumber - start.DayNumber + 1));
    }

    public string RocDate(DateOnly date)
    {
        RocDateStyle[] styles =
        [
            RocDateStyle.Republic, RocDateStyle.Republic, RocDateStyle.Republic, RocDateStyle.Minguo, RocDateStyle.Minguo,
            RocDateStyle.YearOnly, RocDateStyle.YearOnly, RocDateStyle.Spaced, RocDateStyle.Slash, RocDateStyle.Slash,
            RocDateStyle.Dot, RocDateStyle.ChineseNumerals,
        ];
        return RocDates.Format(date, PickOf(styles));
    }

    public long Money(long min, long max) => min + (long)(Random.NextDouble() * (max - min));

    // 新臺幣 48,252 元 and its variants; one in ten in financial numerals, as on formal forms.
    public string Amount(long value)
    {
        var digits = value.ToString("#,0", Invariant);
        return Random.Next(20) switch
        {
            < 5 => $"新臺幣{digits}元",
            < 8 => $"新臺幣 {digits} 元",
            < 10 => $"新台幣{digits}元",
            < 13 => $"NT${digits}",
            < 18 => $"{digits}元",
            _ => $"新臺幣{ChineseNumerals.Financial(value)}元整",
        };
    }

    // 祥和段 0723-0027 地號: parent number and sub-number, printed zero-padded on land registers
    // and often written without the zeros by hand.
    internal string Parcel(Town town)
    {
        var main = Random.Next(1, 1800);
        var sub = Chance(0.6) ? Random.Next(1, 120) : 0;
        var section = PickOf(town.Sections);
        return Random.Next(4) switch
        {
            0 => $"{section} {main:0000}-{sub:0000} 地號",
            1 => $"{section}{main:0000}-{sub:0000}地號",
            2 => sub == 0 ? $"{section}{main}地號" : $"{section}{main}-{sub}地號",
            _ => $"{section}{ChineseNumerals.Common(Random.Next(1, 4))}小段{main}{(sub == 0 ? string.Empty : $"-{sub}")}地號",
        };
    }

    public string HouseTaxNumber() =>
        $"{Random.Next(1, 100):00}{Random.Next(0, 100):00}{Random.Next(0, 10_000_000):0000000}";

    public string Plate() => Random.Next(10) switch
    {
        < 7 => $"{PlateLetters[Random.Next(24)]}{PlateLetters[Random.Next(24)]}{PlateLetters[Random.Next(24)]}-{Random.Next(0, 10000):0000}",
        < 9 => $"{PlateLetters[Random.Next(24)]}{PlateLetters[Random.Next(24)]}-{Random.Next(0, 10000):0000}",
        _ => $"{Random.Next(0, 10000):0000}-{PlateLetters[Random.Next(24)]}{PlateLetters[Random.Next(24)]}",
    };

    // 銷帳編號 on a tax bill: 16 digits, sometimes printed in groups of four.
    public string TaxBillNumber()
    {
        var digits = $"{Random.Next(10, 100)}{Random.Next(0, 100_000_000):00000000}{Random.Next(0, 1_000_000):000000}";
        return Chance(0.3) ? $"{digits[..4]} {digits[4..8]} {digits[8..12]} {digits[12..]}" : digits;
    }

    internal BankAccount BankAccount(string holder, Town town)
    {
        var (bank, code) = PickOf(Banks);
        var place = town.Name.Length > 2 ? town.Name[..^1] : town.Name;
        if (bank == "中華郵政")
        {
            return new BankAccount(bank, code, $"{place}郵局", $"局號 {Random.Next(0, 10_000_000):0000000} 帳號 {Random.Next(0, 10_000_000):0000000}", holder);
        }

        var number = $"{Random.Next(0, 1000):000}{Random.Next(0, 1_000_000):000000}{Random.Next(0, 1000):000}";
        return new BankAccount(bank, code, $"{place}分行", Chance(0.5) ? number : $"{number[..3]}-{number[3..9]}-{number[9..]}", holder);
    }
}
