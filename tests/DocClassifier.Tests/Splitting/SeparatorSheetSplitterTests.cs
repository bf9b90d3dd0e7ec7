using DocClassifier.Extraction;
using DocClassifier.Extraction.Pdf;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Splitting;

[Parallelizable(ParallelScope.Self)]
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
    public void Sheets_missed_at_100_dpi_are_read_at_the_sheet_resolutions()
    {
        // Twelve sheets, grey and black and white, skewed up to 5°, some upside down, each behind a letter. ZXing misses
        // some of them at 100 dpi alone (which ones depends on the scale, not on how they were fed).
        var random = new Random(5);
        var sheets = Enumerable.Range(0, 12)
            .SelectMany(i => new[]
            {
                StackSheet.Of(Stacks.Letter),
                StackSheet.Separator(i % 3 == 0 ? "stamp-tax" : null, (float)((random.NextDouble() * 10) - 5) + (i % 4 == 1 ? 180 : 0), bilevel: i % 2 == 1),
            })
            .Append(StackSheet.Of(Stacks.Letter))
            .ToList();
        using var folder = new TempFolder();
        var path = Stacks.Pdf(folder, "stack.pdf", sheets, seed: 3);

        var once = Splitter(new SplittingOptions { SheetResolutions = [100] }).Split(path);
        var retried = Splitter().Split(path);

        TestContext.Out.WriteLine($"sheets read at 100 dpi alone: {once.Dropped.Count}; at the sheet resolutions: {retried.Dropped.Count}");
        Assert.That(once.Dropped, Has.Count.LessThan(12), "at 100 dpi alone some sheet is missed (else this test shows nothing)");
        Assert.That(retried.Dropped, Has.Count.EqualTo(12));
        Assert.That(retried.Parts.Select(p => p.Pages), Is.EqualTo(Enumerable.Range(0, 13).Select(i => (1 + (2 * i)).ToString(System.Globalization.CultureInfo.InvariantCulture))));
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
        // As a clerk's printer sees it: the sheet's page rendered (a stack holds it as a scan).
        using var folder = new TempFolder();
        var path = folder.Write("sheet.pdf", SeparatorSheetWriter.Write("house-tax-relief"));
        using var document = UglyToad.PdfPig.PdfDocument.Open(path);
        using var image = new PdfPageImages(new ExtractionOptions()).Of(document.GetPage(1), path, 1);

        var page = Splitter().Look(1, image);

        Assert.That((page.Kind, page.Label), Is.EqualTo((PageKind.SeparatorSheet, (string?)"house-tax-relief")));
    }

    [Test]
    public void A_file_of_one_page_is_not_looked_at_there_is_nothing_to_split()
    {
        // Every single-page document went through the sheet search (rendered, decoded at three scales): born-digital
        // PDFs with drawn tables fell from about 65 to 3 documents a second.
        using var folder = new TempFolder();
        var path = folder.Write("sheet.pdf", SeparatorSheetWriter.Write("house-tax-relief"));

        var split = Splitter().Split(path);

        Assert.That(split.IsSplit, Is.False);
        Assert.That(split.PageCount, Is.EqualTo(1));
        Assert.That(split.Dropped, Is.Empty);
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
