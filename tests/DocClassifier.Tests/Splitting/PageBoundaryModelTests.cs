using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Splitting;

/// <summary>The page-level boundary model on text (no OCR): its training rows, and held-out documents' pages.</summary>
public sealed class PageBoundaryModelTests
{
    [Test]
    public void Training_takes_every_page_after_a_stacks_first_as_a_first_page_or_a_continuation()
    {
        var documents = StackDocuments.Compose(3, 1, heldOut: false).Select(StackDocuments.NoisyPages).ToList();
        var rows = PageBoundaryTraining.Rows(documents, PageModels.Classifier, 1);

        var pages = documents.Sum(d => d.Count);
        var continuations = documents.Sum(d => d.Count - 1);
        Assert.That(continuations, Is.GreaterThan(0), "some generated documents have a cover sheet or an attachment");
        Assert.That(rows.Count(r => !r.Label), Is.EqualTo(continuations));
        Assert.That(rows.Count(r => r.Label), Is.EqualTo(documents.Count - (pages - rows.Count)), "every document but a stack's first begins with a first page");
    }

    [Test]
    public void A_model_trained_on_some_layouts_tells_first_pages_from_continuations_on_others()
    {
        var documents = StackDocuments.Compose(4, 3, heldOut: true).Select(StackDocuments.NoisyPages).ToList();
        var rows = PageBoundaryTraining.Rows(documents, PageModels.Classifier, 3);
        var probabilities = PageModels.Trained.Predict(rows);

        Assert.That(PageModels.TrainingRows.Count(r => !r.Label), Is.GreaterThan(20), "continuations were trained on");
        Assert.That(rows.Count(r => !r.Label), Is.GreaterThan(0), "there are continuations to tell apart");
        Assert.That(rows.Select((r, i) => (r.Label, P: probabilities[i])).Where(x => x.Label).Average(x => x.P), Is.GreaterThan(0.8));
        Assert.That(rows.Select((r, i) => (r.Label, P: probabilities[i])).Where(x => !x.Label).Average(x => x.P), Is.LessThan(0.2));
    }

    [Test]
    public void On_held_out_layouts_the_shipped_model_finds_each_documents_first_page_and_no_other()
    {
        var documents = PageModels.HeldOut;
        var pages = documents.SelectMany(StackDocuments.NoisyPages).ToList();
        var starts = new HashSet<int>();
        var page = 1;
        foreach (var document in documents)
        {
            _ = starts.Add(page);
            page += document.Pages.Count;
        }

        var splitter = PageModels.Splitter();
        var boundaries = splitter.Score(pages);
        var found = boundaries.Where(b => b.Probability >= 0.5).Select(b => b.Page).ToHashSet();

        Assert.That(documents.Any(d => d.Pages.Count > 1), "a document of several pages is among them");
        Assert.That(found, Is.EquivalentTo(starts.Where(s => s > 1)));
    }

    [Test]
    public void A_saved_page_model_is_read_back_the_same()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "nested", PageBoundaryModel.DefaultFileName);
        PageModels.Trained.Save(path);
        var loaded = PageBoundaryModel.Load(path);
        var rows = PageModels.TrainingRows.Take(20).ToList();

        Assert.That(loaded.Predict(rows), Is.EqualTo(PageModels.Trained.Predict(rows)).Within(1e-6));
    }

    [Test]
    public void A_stack_with_an_uncertain_page_stays_whole_and_names_it()
    {
        var split = PageBoundarySplitter.Decide(5, [new(2, 0.02), new(3, 0.97), new(4, 0.5), new(5, 0.99)], 0.9);

        Assert.That(split.IsSplit, Is.False);
        Assert.That(split.Parts.Single().Pages, Is.EqualTo("1-5"));
        Assert.That(split.Uncertain.Select(u => u.Page), Is.EqualTo(new[] { 4 }));
    }

    [Test]
    public void A_stack_of_confident_pages_is_cut_at_its_first_pages_with_their_probability()
    {
        var split = PageBoundarySplitter.Decide(5, [new(2, 0.02), new(3, 0.97), new(4, 0.05), new(5, 0.99)], 0.9);

        Assert.That(split.IsSplit, Is.True);
        Assert.That(split.Parts.Select(p => (p.Pages, p.Boundary)), Is.EqualTo(new[] { ("1-2", BoundaryKind.StackStart), ("3-4", BoundaryKind.PageModel), ("5", BoundaryKind.PageModel) }));
        Assert.That(split.Parts[1].Confidence, Is.EqualTo(0.97));
        Assert.That(split.Dropped, Is.Empty);
    }

    [Test]
    public void The_default_band_cuts_at_the_scores_held_out_stacks_gave_their_first_pages_and_keeps_their_continuations()
    {
        // On held-out generated stacks first pages scored 0.74 or more and all but two continuations under 0.35: such a stack is split, not sent to review.
        var split = PageBoundarySplitter.Decide(4, [new(2, 0.74), new(3, 0.31), new(4, 0.97)], new SplittingOptions().BoundaryConfidence);

        Assert.That(split.Uncertain, Is.Empty);
        Assert.That(split.Parts.Select(p => p.Pages), Is.EqualTo(new[] { "1", "2-3", "4" }));
    }

    [Test]
    public void Page_number_marks_are_read()
    {
        Assert.That(PageMarks.Number(["申請書", "第 1 頁"]), Is.EqualTo(1));
        Assert.That(PageMarks.Number(["Page 2 of 3", "text"]), Is.EqualTo(2));
        Assert.That(PageMarks.Number(["本文", "2/3"]), Is.EqualTo(2));
        Assert.That(PageMarks.Number(["中華民國113年5月1日"]), Is.Null);
    }
}
