using DocClassifier.Extraction;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Splitting;

public sealed class SeparatorSheetSplitterTests
{
    private static SeparatorSheetSplitter Splitter(SplittingOptions? options = null) => new(options ?? new SplittingOptions(), new ExtractionOptions());

    [Test]
    public void A_scanned_pdf_stack_splits_at_its_sheets_one_upside_down_one_black_and_white_and_skewed()
    {
        using var folder = new TempFolder();
        var split = Splitter().Split(Stacks.Pdf(folder, "stack.pdf", Stacks.WithSeparators()));

        Assert.That(split.IsSplit, Is.True);
        Assert.That(split.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "1-2", "4", "6-7" }));
        Assert.That(split.Parts.Select(p => p.Boundary), Is.EqualTo(new[] { BoundaryKind.StackStart, BoundaryKind.SeparatorSheet, BoundaryKind.SeparatorSheet }));
        Assert.That(split.Parts.Select(p => p.SheetLabel), Is.EqualTo(new[] { null, "stamp-tax", null }));
        Assert.That(split.Dropped.Select(p => p.Number), Is.EqualTo(new[] { 3, 5 }));
    }

    [Test]
    public void A_tiff_stack_with_one_bit_pages_splits_the_same_way()
    {
        using var folder = new TempFolder();
        var split = Splitter().Split(Stacks.Tiff(folder, "stack.tif", Stacks.WithSeparators()));

        Assert.That(split.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "1-2", "4", "6-7" }));
        Assert.That(split.Parts[1].SheetLabel, Is.EqualTo("stamp-tax"));
    }

    [Test]
    public void A_stack_without_separators_stays_one_document()
    {
        using var folder = new TempFolder();
        var split = Splitter().Split(Stacks.Pdf(folder, "stack.pdf", Stacks.WithoutSeparators()));

        Assert.That(split.IsSplit, Is.False);
        Assert.That(split.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "1-3" }));
    }

    [Test]
    public void The_printed_separator_sheet_pdf_is_itself_read_as_a_separator()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sheet.pdf", SeparatorSheetWriter.Write("house-tax-relief"));

        var split = Splitter().Split(path);

        Assert.That(split.Dropped.Select(p => (p.Kind, p.Label)), Is.EqualTo(new[] { (PageKind.SeparatorSheet, (string?)"house-tax-relief") }));
        Assert.That(split.Parts, Is.Empty);
    }

    [Test]
    public void The_sheet_is_the_same_bytes_every_time()
    {
        var first = SeparatorSheetWriter.Write("stamp-tax");
        Assert.That(SeparatorSheetWriter.Write("stamp-tax"), Is.EqualTo(first));
        Assert.That(SeparatorSheetWriter.Write(null), Is.Not.EqualTo(SeparatorSheetWriter.Write("stamp-tax")));
    }

    [Test]
    public void Blank_pages_separate_only_when_configured_and_the_back_of_a_sheet_is_dropped_with_it()
    {
        using var folder = new TempFolder();
        var path = Stacks.Pdf(folder, "stack.pdf", [StackSheet.Of(Stacks.Form), StackSheet.Separator(), StackSheet.Blank(), StackSheet.Of(Stacks.Letter), StackSheet.Blank(), StackSheet.Of(Stacks.Form)]);

        var plain = Splitter().Split(path);
        var blanks = Splitter(new SplittingOptions { BlankPages = true }).Split(path);

        Assert.That(plain.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "1", "4-6" }));
        Assert.That(blanks.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "1", "4", "6" }));
        Assert.That(blanks.Parts[2].Boundary, Is.EqualTo(BoundaryKind.BlankPage));
    }
}
