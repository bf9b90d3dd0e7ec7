using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using DocClassifier.Extraction;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Processing;

/// <summary>A stack the page model is unsure of waits for a reviewer, whose split is delivered like the service's own.</summary>
[Category("Ocr")]
[Parallelizable(ParallelScope.Self)]
public sealed class StackReviewTests
{
    // Pages 2 and 4 are uncertain (between 0.35 and 0.65); page 3 is confidently a continuation.
    private static readonly double[] Unsure = [0.62, 0.02, 0.41];

    [Test]
    public void A_stack_the_page_model_is_unsure_of_waits_for_review_and_the_reviewers_split_is_delivered_as_parts()
    {
        using var files = new TempFolder();
        var stack = FourPageStack(files);
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true, splitter: new ScriptedStackSplitter(Unsure));
        var stackId = world.Drop("stack.tif", stack);

        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.PendingReview));
        var waiting = world.Ledger.Find(stackId)!;
        Assert.Multiple(() =>
        {
            Assert.That(waiting.State, Is.EqualTo(DocumentState.PendingReview));
            Assert.That(waiting.WaitsForSplit, Is.True);
            Assert.That(waiting.Label, Is.Null, "not classified as one document");
            Assert.That(waiting.Detail, Is.EqualTo("the page model is unsure where documents begin: pages 2 (0.62), 4 (0.41)"));
            Assert.That(world.Work.Find(stackId), Is.Null);
            Assert.That(world.ResultFiles(), Is.Empty);
        });

        // The proposal survives a restart: a ledger opened again still has the stack waiting, with every page's probability.
        var reopened = new SqliteDocumentLedger(world.LedgerPath, TimeProvider.System).Find(stackId)!;
        Assert.That(StackProposal.Of(reopened), Is.Not.Null);
        Assert.That(StackProposal.Of(reopened)!.PageCount, Is.EqualTo(4));
        Assert.That(StackProposal.Of(reopened)!.FirstPages, Is.EqualTo(new[] { 2 }), "the model's best guess: pages at 0.5 or more");
        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.AlreadyDone), "a redelivered job leaves it waiting");

        var queued = world.Stacks!.Decide(stackId, [2, 4], "alice");

        Assert.That(world.Ledger.Find(stackId)!.State, Is.EqualTo(DocumentState.Split));
        var parts = queued.Select(id => world.Ledger.Find(id)!).OrderBy(p => FirstPage(p.Pages!)).ToList();
        Assert.That(parts.Select(p => (p.Parent, p.Pages, p.State)), Is.EqualTo(new[] { (stackId, "1", DocumentState.Received), (stackId, "2-3", DocumentState.Received), (stackId, "4", DocumentState.Received) }));
        var split = world.Ledger.History(stackId)[^1];
        Assert.Multiple(() =>
        {
            Assert.That(split.Action, Is.EqualTo(AuditAction.Split));
            Assert.That(split.Actor, Is.EqualTo("reviewer:alice"));
            Assert.That(split.Kind, Is.EqualTo(ActorKind.Reviewer));
            Assert.That(split.Detail, Is.EqualTo("split by reviewer alice into pages 1, 2-3, 4"));
            Assert.That(parts.Select(p => world.Ledger.History(p.Id)[0].Actor), Is.All.EqualTo("reviewer:alice"));
        });

        // The same part files, and so the same ids, as the service would write for those page ranges.
        var writer = new StackPartWriter(new ExtractionOptions());
        var expected = new[] { (1, 1), (2, 3), (4, 4) }.Select((r, i) => Convert.ToHexStringLower(SHA256.HashData(writer.Write(stack, stackId, new StackPart(i + 1, r.Item1, r.Item2, BoundaryKind.Reviewer, null, 1)).Content)));
        Assert.That(parts.Select(p => p.Id), Is.EqualTo(expected));

        Assert.That(parts.Select(p => world.Processor.Process(p.Id)), Is.All.EqualTo(ProcessingOutcome.Delivered));
        var delivered = new List<int>();
        foreach (var part in parts)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(world.Results, "house-tax-relief", part.Id + ".json")));
            Assert.That(json.RootElement.GetProperty("parent").GetProperty("id").GetString(), Is.EqualTo(stackId));
            Assert.That(json.RootElement.GetProperty("parent").GetProperty("pages").GetString(), Is.EqualTo(part.Pages));
            var (first, count) = (FirstPage(part.Pages!), json.RootElement.GetProperty("pages").GetArrayLength());
            delivered.AddRange(Enumerable.Range(first, count));
        }

        Assert.That(delivered, Is.EqualTo(new[] { 1, 2, 3, 4 }), "every page in exactly one part");
    }

    [Test]
    public void A_reviewer_who_sets_no_boundary_sends_the_stack_on_as_one_document_and_it_is_not_asked_about_again()
    {
        using var files = new TempFolder();
        var splitter = new ScriptedStackSplitter(Unsure);
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true, splitter: splitter);
        var stackId = world.Drop("stack.tif", FourPageStack(files));
        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.PendingReview));

        Assert.That(world.Stacks!.Decide(stackId, [], "alice"), Is.EqualTo(new[] { stackId }));

        Assert.That(world.Ledger.Find(stackId)!.State, Is.EqualTo(DocumentState.Received));
        Assert.That(world.Ledger.History(stackId)[^1].Detail, Is.EqualTo("kept whole by reviewer alice: one document of 4 pages"));
        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That(splitter.Calls, Is.EqualTo(1), "the page model is not asked again");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(world.Results, "house-tax-relief", stackId + ".json")));
        Assert.That(json.RootElement.GetProperty("pages").GetArrayLength(), Is.EqualTo(4));
        Assert.That(json.RootElement.TryGetProperty("parent", out var parent) ? parent.ValueKind : JsonValueKind.Null, Is.EqualTo(JsonValueKind.Null));
        Assert.That(world.Ledger.InStates([DocumentState.Received]), Is.Empty, "no parts");
    }

    [Test]
    public void Deciding_a_stack_twice_or_at_once_splits_it_once()
    {
        using var files = new TempFolder();
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true, splitter: new ScriptedStackSplitter(Unsure));
        var stackId = world.Drop("stack.tif", FourPageStack(files));
        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.PendingReview));

        // Two reviewers at once, with different splits: one wins, the other is told so.
        using var start = new Barrier(2);
        var decisions = new[] { (Pages: new[] { 2 }, Reviewer: "alice"), (Pages: new[] { 3 }, Reviewer: "bob") }
            .Select(d => Task.Run(() =>
            {
                start.SignalAndWait();
                try
                {
                    return world.Stacks!.Decide(stackId, d.Pages, d.Reviewer);
                }
                catch (ReviewException e) when (e.Problem == ReviewProblem.Conflict)
                {
                    return null;
                }
            }))
            .ToArray();
        Task.WaitAll(decisions);

        var winners = decisions.Where(d => d.Result is not null).ToList();
        Assert.That(winners, Has.Count.EqualTo(1));
        Assert.That(world.Ledger.InStates([DocumentState.Received]).Select(p => p.Id).Order(), Is.EqualTo(winners[0].Result!.Order()));
        Assert.That(world.Ledger.History(stackId).Count(e => e.Action == AuditAction.Split), Is.EqualTo(1));

        var again = Assert.Throws<ReviewException>(() => world.Stacks!.Decide(stackId, [2], "alice"));
        Assert.That(again!.Problem, Is.EqualTo(ReviewProblem.Conflict));
        Assert.That(world.Ledger.InStates([DocumentState.Received]), Has.Count.EqualTo(2));
        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.AlreadyDone));
    }

    [Test]
    public void A_waiting_stack_is_refused_a_label_and_a_split_outside_its_pages()
    {
        using var files = new TempFolder();
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true, splitter: new ScriptedStackSplitter(Unsure));
        var stackId = world.Drop("stack.tif", FourPageStack(files));
        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.PendingReview));

        Assert.That(Assert.Throws<ReviewException>(() => world.Desk.Decide(stackId, "stamp-tax", "alice"))!.Problem, Is.EqualTo(ReviewProblem.Invalid));
        Assert.That(Assert.Throws<ReviewException>(() => world.Stacks!.Decide(stackId, [5], "alice"))!.Problem, Is.EqualTo(ReviewProblem.Invalid));
        Assert.That(Assert.Throws<ReviewException>(() => world.Stacks!.Decide(stackId, [1], "alice"))!.Problem, Is.EqualTo(ReviewProblem.Invalid));
        Assert.That(world.Ledger.Find(stackId)!.WaitsForSplit, Is.True, "nothing changed");
    }

    [Test]
    public void With_stack_review_off_an_unsure_stack_is_processed_as_one_document()
    {
        using var files = new TempFolder();
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), splitStacks: true, splitter: new ScriptedStackSplitter(Unsure), reviewUncertainStacks: false);
        var stackId = world.Drop("stack.tif", FourPageStack(files));

        Assert.That(world.Processor.Process(stackId), Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That(world.Ledger.Find(stackId)!.SplitProposal, Is.Null);
    }

    private static byte[] FourPageStack(TempFolder files) =>
        File.ReadAllBytes(Stacks.Tiff(files, "stack.tif", [StackSheet.Of(Stacks.Form), StackSheet.Of(Stacks.Letter, 1f), StackSheet.Of(Stacks.Letter, -0.5f), StackSheet.Of(Stacks.Form, bilevel: true)]));

    private static int FirstPage(string pages) => int.Parse(pages.Split('-')[0], CultureInfo.InvariantCulture);
}
