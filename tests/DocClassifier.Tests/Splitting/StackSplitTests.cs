using DocClassifier.Splitting;

namespace DocClassifier.Tests.Splitting;

public sealed class StackSplitTests
{
    private static StackPage C(int n) => new(n, PageKind.Content);

    private static StackPage S(int n, string? label = null) => new(n, PageKind.SeparatorSheet, label);

    [Test]
    public void Leading_trailing_and_doubled_separators_make_no_empty_part()
    {
        var split = StackSplit.From([S(1), C(2), S(3), S(4, "stamp-tax"), C(5), C(6), S(7)]);

        Assert.That(split.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "2", "5-6" }));
        Assert.That(split.Parts[0].Boundary, Is.EqualTo(BoundaryKind.SeparatorSheet));
        Assert.That(split.Parts[1].SheetLabel, Is.EqualTo("stamp-tax"));
    }

    [Test]
    public void Every_page_is_in_exactly_one_part_or_dropped()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var pages = Enumerable.Range(1, random.Next(1, 30)).Select(n => random.Next(4) == 0 ? S(n) : C(n)).ToList();
            var split = StackSplit.From(pages);
            var covered = split.Parts.SelectMany(p => Enumerable.Range(p.FirstPage, p.PageCount)).Concat(split.Dropped.Select(d => d.Number)).Order();
            Assert.That(covered, Is.EqualTo(Enumerable.Range(1, pages.Count)));
        }
    }

    [Test]
    public void A_split_that_loses_or_repeats_a_page_is_refused()
    {
        Assert.Throws<ArgumentException>(() => _ = new StackSplit(3, [new StackPart(1, 1, 2, BoundaryKind.StackStart, null, 1)], []));
        Assert.Throws<ArgumentException>(() => _ = new StackSplit(2, [new StackPart(1, 1, 2, BoundaryKind.StackStart, null, 1)], [S(2)]));
    }

    [Test]
    public void Only_our_codes_with_a_slug_are_separators()
    {
        Assert.That(SeparatorCode.TryParse("DOCCLASSIFIER-SEPARATOR:stamp-tax", out _, out var label), Is.True);
        Assert.That(label, Is.EqualTo("stamp-tax"));
        Assert.That(SeparatorCode.TryParse("DOCCLASSIFIER-SEPARATOR:Stamp Tax", out _, out _), Is.False);
        Assert.That(SeparatorCode.TryParse("https://example.org", out _, out _), Is.False);
        Assert.Throws<ArgumentException>(() => SeparatorCode.Encode("../etc"));
    }
}
