using DocClassifier.Extraction;
using DocClassifier.Extraction.Pdf;
using DocClassifier.Splitting;
using DocClassifier.Tests.Support;
using static DocClassifier.Tests.Splitting.PatchSheetScans;

namespace DocClassifier.Tests.Splitting;

/// <summary>Kodak patch T sheets separate a scanned stack when Splitting:PatchCodes is on, fed any way; nothing else does.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class PatchCodeSplittingTests
{
    private static readonly SplittingOptions PatchCodesOn = new() { PatchCodes = true };

    // Letter, T grey, form, T black-and-white skewed 5°, letter, T upside down, ruled form, T upside down in black and
    // white skewed -5°, letter.
    private static readonly IReadOnlyList<Sheet> StackWithPatchSheets =
    [
        new(Letter),
        new(PatchT, 0.5f),
        new(Form, -0.5f),
        new(PatchT, 5f, Bilevel: true),
        new(Letter, 1f),
        new(PatchT, 180.5f),
        new(RuledForm, -1f),
        new(PatchT, 175f, Bilevel: true),
        new(Letter),
    ];

    private static SeparatorSheetSplitter Splitter(SplittingOptions? options = null) => new(options ?? new SplittingOptions(), new ExtractionOptions());

    [Test]
    public void A_stack_splits_at_its_patch_T_sheets_grey_black_and_white_skewed_and_upside_down_when_patch_codes_are_on()
    {
        using var folder = new TempFolder();
        var split = Splitter(PatchCodesOn).Split(PatchSheetScans.Pdf(folder, "stack.pdf", StackWithPatchSheets));

        Assert.That(split.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "1", "3", "5", "7", "9" }));
        Assert.That(split.Parts.Skip(1).Select(p => p.Boundary), Has.All.EqualTo(BoundaryKind.PatchSheet));
        Assert.That(split.Dropped.Select(p => (p.Number, p.Kind)), Is.EqualTo(new[] { (2, PageKind.PatchSheet), (4, PageKind.PatchSheet), (6, PageKind.PatchSheet), (8, PageKind.PatchSheet) }));
    }

    [Test]
    public void Twelve_patch_T_sheets_fed_at_random_are_all_read_and_none_of_the_pages_between_them()
    {
        // Skew anywhere in ±5°, every other sheet upside down, every third in black and white, behind letters, forms
        // (with their tables) and ruled forms in turn.
        var random = new Random(7);
        Func<SkiaSharp.SKBitmap>[] contents = [Letter, Form, RuledForm];
        var sheets = Enumerable.Range(0, 12)
            .SelectMany(i => new[]
            {
                new Sheet(contents[i % 3], (float)((random.NextDouble() * 4) - 2), Bilevel: i % 4 == 3),
                new Sheet(PatchT, (float)((random.NextDouble() * 10) - 5) + (i % 2 == 1 ? 180 : 0), Bilevel: i % 3 == 2),
            })
            .Append(new Sheet(Letter))
            .ToList();
        using var folder = new TempFolder();

        var split = Splitter(PatchCodesOn).Split(PatchSheetScans.Pdf(folder, "stack.pdf", sheets));

        Assert.That(split.Dropped.Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, 12).Select(i => 2 * i)));
        Assert.That(split.Parts, Has.Count.EqualTo(13));
    }

    [Test]
    public void The_same_stack_stays_whole_when_patch_codes_are_off_as_they_are_by_default()
    {
        using var folder = new TempFolder();
        var split = Splitter().Split(PatchSheetScans.Pdf(folder, "stack.pdf", StackWithPatchSheets));

        Assert.That(new SplittingOptions().PatchCodes, Is.False);
        Assert.That(split.IsSplit, Is.False);
        Assert.That(split.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "1-9" }));
    }

    [TestCase(0f, false)]
    [TestCase(4f, true)]
    [TestCase(-5f, false)]
    [TestCase(180f, true)]
    public void A_ruled_form_is_not_taken_for_a_patch_sheet(float rotation, bool bilevel)
    {
        using var folder = new TempFolder();
        var (image, ppi) = Page(folder, new Sheet(RuledForm, rotation, bilevel));
        using (image)
        {
            Assert.That(PatchCodeReader.Read(SeparatorSheetSplitter.Grey(image, 100), ppi), Is.Empty);
            Assert.That(Splitter(PatchCodesOn).Look(1, image).Kind, Is.EqualTo(PageKind.Content));
        }
    }

    [TestCase(PatchCode.Patch2, 0f)]
    [TestCase(PatchCode.Patch3, 0f)]
    [TestCase(PatchCode.Patch3, 180f)]
    [TestCase(PatchCode.Patch1, 2f)]
    public void Other_patch_codes_are_read_as_themselves_and_do_not_separate(PatchCode code, float rotation)
    {
        // Patch 3 is patch T read backwards: only where its bars lie (near the leading edge) tells them apart.
        using var folder = new TempFolder();
        var (image, ppi) = Page(folder, new Sheet(() => Patch(PatchCodeReader.Pattern(code)), rotation));
        using (image)
        {
            Assert.That(PatchCodeReader.Read(SeparatorSheetSplitter.Grey(image, 100), ppi), Is.EqualTo(new[] { code }));
            Assert.That(Splitter(PatchCodesOn).Look(1, image).Kind, Is.EqualTo(PageKind.Content));
        }
    }

    [Test]
    public void The_printed_patch_T_sheet_pdf_is_itself_read_as_a_patch_sheet()
    {
        using var folder = new TempFolder();
        var path = folder.Write("patch-t.pdf", PatchSheetWriter.Write());
        using var document = UglyToad.PdfPig.PdfDocument.Open(path);
        using var image = new PdfPageImages(new ExtractionOptions()).Of(document.GetPage(1), path, 1);

        Assert.That(Splitter(PatchCodesOn).Look(1, image!).Kind, Is.EqualTo(PageKind.PatchSheet));
        Assert.That(PatchSheetWriter.Write(), Is.EqualTo(File.ReadAllBytes(path)), "the same bytes every time");
    }

    private static (DocClassifier.Extraction.Native.Pix Image, double PixelsPerInch) Page(TempFolder folder, Sheet sheet)
    {
        var path = PatchSheetScans.Pdf(folder, "page.pdf", [sheet]);
        using var document = UglyToad.PdfPig.PdfDocument.Open(path);
        var image = new PdfPageImages(new ExtractionOptions()).Of(document.GetPage(1), path, 1)!;
        return (image, SeparatorSheetSplitter.PixelsPerInch(image, SeparatorSheetSplitter.Grey(image, 100)));
    }
}
