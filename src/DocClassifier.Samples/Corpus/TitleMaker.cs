namespace DocClassifier.Samples.Corpus;

// Titles the way counties word them: a core ("房屋稅減免") with or without a bureau or county in
// front, a form word behind (申請書, 申請表, 聲請書 ...), sometimes a year, sometimes brackets.
internal static class TitleMaker
{
    private static readonly string[] Suffixes = ["申請書", "申請書", "申請表", "申請單", "聲請書", "書", "表", "申報書", "", "案"];

    public static string Title(SampleContext c, IReadOnlyList<string> cores)
    {
        var core = c.Faker.PickOf(cores);
        var isLetter = core.Length <= 4 && (core.EndsWith('函') || core.EndsWith("命令", StringComparison.Ordinal) || core.EndsWith("通知", StringComparison.Ordinal) || core.EndsWith("公告", StringComparison.Ordinal));
        var suffix = isLetter || core.EndsWith('書') || (core.EndsWith("申報", StringComparison.Ordinal) && c.Chance(0.5)) ? string.Empty : c.Faker.PickOf(Suffixes);
        var title = core + suffix;
        title = c.Next(0, 6) switch
        {
            0 => $"{c.County.Name}{title}",
            1 => $"{c.RocYear}年度{title}",
            2 => $"【{title}】",
            3 => $"{c.Bureau}{title}",
            _ => title,
        };
        return isLetter ? $"{c.Pick("法務部行政執行署", $"{c.County.Name}地政事務所", $"{c.Town.Name}戶政事務所", "財政部國稅局")}{DocumentParts.Blank}{title}" : title;
    }
}
