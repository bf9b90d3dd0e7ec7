using DocClassifier.Extraction;
using DocClassifier.Samples.Corpus;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Splitting;

/// <summary>The page model on scanned stacks read by real OCR, made of generated documents of held-out layouts.</summary>
[Category("Ocr")]
public sealed class PageBoundarySplitterTests
{
    private TempFolder folder = null!;

    [OneTimeSetUp]
    public void CreateFolder() => folder = new TempFolder();

    [OneTimeTearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void A_stack_without_separators_is_split_into_its_documents()
    {
        var documents = new[] { PageModels.HeldOut[0], PageModels.HeldOut[5], PageModels.HeldOut[11] };
        var split = PageModels.Splitter().Split(Scan("three.pdf", documents));

        Assert.That(split.Boundaries, Has.Count.EqualTo(documents.Sum(d => d.Pages.Count) - 1));
        Assert.That(split.Uncertain, Is.Empty, string.Join(", ", split.Boundaries));
        Assert.That(split.Parts.Select(p => p.PageCount), Is.EqualTo(documents.Select(d => d.Pages.Count)));
        Assert.That(split.Parts.Skip(1).Select(p => p.Boundary), Is.All.EqualTo(BoundaryKind.PageModel));
    }

    [Test]
    public void A_single_document_of_several_pages_is_not_cut()
    {
        var document = StackDocuments.Compose(12, 7, heldOut: true).First(d => d.Pages.Count >= 2);
        var split = PageModels.Splitter().Split(Scan("one.pdf", [document]));

        Assert.That(split.IsSplit, Is.False, string.Join(", ", split.Boundaries));
        Assert.That(split.Parts.Single().PageCount, Is.EqualTo(document.Pages.Count));
        Assert.That(split.Boundaries.Select(b => b.Probability), Is.All.LessThan(0.5));
    }

    [Test]
    public void Separator_sheets_come_first_and_the_page_model_is_asked_only_without_them()
    {
        var asked = new CountingSplitter();
        var sheets = new SheetsFirstStackSplitter(new SeparatorSheetSplitter(new SplittingOptions(), new ExtractionOptions()), asked);

        Assert.That(sheets.Split(Stacks.Pdf(folder, "sheets.pdf", Stacks.WithSeparators())).Parts, Has.Count.EqualTo(3));
        Assert.That(asked.Calls, Is.Zero);
        _ = sheets.Split(Stacks.Pdf(folder, "plain.pdf", Stacks.WithoutSeparators()));
        Assert.That(asked.Calls, Is.EqualTo(1));
    }

    private string Scan(string name, IEnumerable<SampleDocument> documents)
    {
        var path = Path.Combine(folder.Path, name);
        ScannedStacks.WritePdf(path, [.. documents.SelectMany(d => d.Pages).Select((p, i) => StackSheet.Of(p, (i % 3) - 1f, bilevel: i % 2 == 1))], 200, 3);
        return path;
    }

    private sealed class CountingSplitter : IStackSplitter
    {
        public int Calls { get; private set; }

        public StackSplit Split(string path, CancellationToken cancellationToken = default)
        {
            Calls++;
            return StackSplit.From([new StackPage(1, PageKind.Content)]);
        }
    }
}
