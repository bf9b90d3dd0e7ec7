using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Processing;

[TestFixture]
public class DocumentProcessorTests
{
    private static byte[] BornDigital => File.ReadAllBytes(GeneratedFixtures.PathOf(GeneratedFixtures.BornDigitalPdf));

    [Test]
    public void AConfidentDocument_IsDeliveredToItsLabelFolder_AndTheLedgerSaysWhoDecided()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("申請書.pdf", BornDigital);

        var outcome = world.Processor.Process(id);

        Assert.That(outcome, Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That(world.ResultFiles().Select(Path.GetFileName), Is.EquivalentTo(new[] { id + ".pdf", id + ".json" }));
        Assert.That(File.ReadAllText(Path.Combine(world.Results, "house-tax-relief", id + ".json")), Does.Contain("房屋稅減免申請書"));
        var document = world.Ledger.Find(id)!;
        Assert.That((document.State, document.Label), Is.EqualTo((DocumentState.Delivered, "house-tax-relief")));
        Assert.That(world.Ledger.History(id)[^1].Actor, Is.EqualTo("model:fixed@1"));
    }

    [Test]
    public void ANewDocument_IsReadFromTheLedgerOnce()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("a.pdf", BornDigital);

        var outcome = world.Processor.Process(id);

        Assert.That(outcome, Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That(world.ProcessorLedger.Reads, Is.EqualTo(1), "taken into Processing and read in one call, not read again");
        Assert.That(world.Ledger.History(id).Select(h => h.To), Is.EqualTo(new[] { DocumentState.Received, DocumentState.Processing, DocumentState.Delivered }));
    }

    [Test]
    public void RunningTwice_DeliversOnce()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("a.pdf", BornDigital);

        world.Processor.Process(id);
        var second = world.Processor.Process(id);

        Assert.That(second, Is.EqualTo(ProcessingOutcome.AlreadyDone));
        Assert.That(world.ResultFiles(), Has.Length.EqualTo(2));
        Assert.That(world.Ledger.History(id).Count(h => h.To == DocumentState.Delivered), Is.EqualTo(1));
    }

    [Test]
    public void ARunKilledMidway_IsFinishedByTheNextRun()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("a.pdf", BornDigital);
        world.Ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That(world.ResultFiles(), Has.Length.EqualTo(2));
    }

    [Test]
    public void AWorkRecordSpoiledByAPowerCut_IsMadeAgain_NotAnError()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("a.pdf", BornDigital);
        world.Ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        Directory.CreateDirectory(world.WorkFolder);
        File.WriteAllText(Path.Combine(world.WorkFolder, id + ".json"), string.Empty);

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That(world.Work.Find(id)?.Extracted.Text, Does.Contain("房屋稅減免申請書"));
    }

    [Test]
    public void BadInput_GoesToFailedWithAReason_WithoutRetrying()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("locked.pdf", MinimalPdf.PasswordProtected());

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Failed));
        Assert.That(world.Ledger.Find(id)!.ErrorCode, Is.EqualTo("encrypted"), "spelt as in failed/<id>.error.json");
        Assert.That(File.ReadAllText(Path.Combine(world.Failed, id + ".error.json")), Does.Contain("password"));
        Assert.That(File.Exists(Path.Combine(world.Failed, id + ".pdf")), Is.True);
        Assert.That(world.ResultFiles(), Is.Empty);
    }

    [Test]
    public void AnUnsureDocument_WaitsForReview_AndTheReviewersDecisionIsDeliveredAndKeptForTraining()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.55));
        var id = world.Drop("a.pdf", BornDigital);

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.PendingReview));
        Assert.That(world.ResultFiles(), Is.Empty);
        Assert.That(world.Desk.Pending().Select(d => d.Id), Is.EqualTo(new[] { id }));

        world.Desk.Decide(id, "stamp-tax", "alice");

        var json = File.ReadAllText(Path.Combine(world.Results, "stamp-tax", id + ".json"));
        Assert.That(json, Does.Contain("reviewer:alice"));
        Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.Delivered));
        Assert.That(world.Ledger.History(id)[^1].Detail, Is.EqualTo("corrected from house-tax-relief"));
        Assert.That(File.Exists(Path.Combine(world.Examples, "stamp-tax", id + ".txt")), Is.True);
        Assert.That(world.Desk.Pending(), Is.Empty);
    }

    [Test]
    public void TwoReviewersDecidingAtOnce_OneWinsAndOnlyOneResultIsDelivered()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.55));
        var id = world.Drop("a.pdf", BornDigital);
        world.Processor.Process(id);

        var outcomes = new[] { ("alice", "house-tax-relief"), ("bob", "stamp-tax") }.AsParallel().WithDegreeOfParallelism(2)
            .Select(r =>
            {
                try
                {
                    world.Desk.Decide(id, r.Item2, r.Item1);
                    return "won";
                }
                catch (ReviewException)
                {
                    return "refused";
                }
            })
            .ToList();

        Assert.That(outcomes.Order(), Is.EqualTo(new[] { "refused", "won" }));
        Assert.That(world.ResultFiles().Count(f => f.EndsWith(".json", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void AFailedDocument_CanBeRetried()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("empty.pdf", []);
        world.Processor.Process(id);

        Assert.That(Directory.GetFiles(world.Failed, id + ".*"), Has.Length.EqualTo(2), "the copy and its .error.json");

        world.Desk.Retry(id, "admin");

        Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.Received));
        Assert.That(Directory.GetFiles(world.Failed), Is.Empty, "a retried document no longer shows as failed");
        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Failed), "still empty: it fails again, with its reason");
        Assert.Throws<ReviewException>(() => world.Desk.Retry("0000", "admin"));
    }

    [Test]
    public void ADocumentWhoseReadingsKilledTheWorker_Fails_AndIsReadAgainWhenRetried()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), extractor: work => new CrashCountingExtractor(Extractions.Default.Extractor, Extractions.Default.Extractor, work.Readings, limit: 2));
        var id = world.Drop("letter.pdf", BornDigital);
        Directory.CreateDirectory(world.Work.Readings);
        File.WriteAllText(Path.Combine(world.Work.Readings, Path.GetFileName(world.Ledger.Find(id)!.ArchivePath) + ".readings"), "2"); // two processes died reading it

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Failed));
        Assert.That(world.Ledger.Find(id)!.ErrorCode, Is.EqualTo("readingInterrupted"));

        world.Desk.Retry(id, "admin");
        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered), "retried, it is read afresh");
    }

    [Test]
    public void AReviewerDecisionInterruptedBeforeDelivery_IsDeliveredAsTheReviewerDecided_NotReclassified()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.4));
        var id = world.Drop("letter.pdf", BornDigital);
        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.PendingReview));

        // The crash: the decision is recorded (Decided), then the process dies before delivering.
        world.Ledger.TryChange(id, new StateChange(DocumentState.PendingReview, DocumentState.Decided, "reviewer:rosa") { Label = "stamp-tax", DecidedBy = "rosa" });

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered), "the re-run job runs the delivery step");
        Assert.That(world.Ledger.Find(id)!.Label, Is.EqualTo("stamp-tax"));
        Assert.That(world.Ledger.History(id)[^1].Actor, Is.EqualTo("reviewer:rosa"));
        Assert.That(File.ReadAllText(Path.Combine(world.Results, "stamp-tax", id + ".json")), Does.Contain("reviewer:rosa"));
        Assert.That(File.Exists(Path.Combine(world.Examples, "stamp-tax", id + ".txt")), Is.True, "kept for training");
    }

    [Test]
    public void ADecisionInterruptedUnderTheOldScheme_IsStillDeliveredWithTheReviewersLabel_AfterTheUpgrade()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.4));
        var id = world.Drop("letter.pdf", BornDigital);
        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.PendingReview));

        // Before schema 4 the claim moved the document PendingReview -> Processing, its detail naming the label.
        world.UpgradeAfter($"""
            UPDATE documents SET state = 'Processing', label = 'stamp-tax' WHERE id = '{id}';
            INSERT INTO audit (document_id, at, actor, from_state, to_state, detail) VALUES ('{id}', 0, 'reviewer:rosa', 'PendingReview', 'Processing', 'review decision: stamp-tax');
            """);

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered));
        Assert.That((world.Ledger.Find(id)!.State, world.Ledger.Find(id)!.Label), Is.EqualTo((DocumentState.Delivered, "stamp-tax")));
        Assert.That(world.Ledger.History(id)[^1].Actor, Is.EqualTo("reviewer:rosa"));
        Assert.That(File.Exists(Path.Combine(world.Results, "stamp-tax", id + ".json")), Is.True);
    }

    [Test]
    public void AReviewerDecisionWhoseDeliveryFails_TellsTheReviewerItIsSaved_AndIsDeliveredLaterAsDecided()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.4));
        var id = world.Drop("letter.pdf", BornDigital);
        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.PendingReview));
        Directory.CreateDirectory(world.Results);
        File.WriteAllText(Path.Combine(world.Results, "stamp-tax"), "a file where the label's folder belongs: writing results fails");

        var error = Assert.Throws<ReviewException>(() => world.Desk.Decide(id, "stamp-tax", "rosa"))!;

        Assert.That(error.Problem, Is.EqualTo(ReviewProblem.DeliveryPending));
        Assert.That(error.Message, Does.Contain("is saved").And.Contain("delivers it by itself"));
        Assert.That((world.Ledger.Find(id)!.State, world.Ledger.Find(id)!.Label), Is.EqualTo((DocumentState.Decided, "stamp-tax")), "the decision waits for the sweep");

        File.Delete(Path.Combine(world.Results, "stamp-tax"));
        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.Delivered), "the job the sweep queues delivers it");
        Assert.That(world.Ledger.History(id)[^1].Actor, Is.EqualTo("reviewer:rosa"));
        Assert.That(File.Exists(Path.Combine(world.Results, "stamp-tax", id + ".json")), Is.True);
    }

    [Test]
    public void AConfidentDocument_MissingARequiredField_GoesToReview_WithTheReason()
    {
        var requirements = new FieldRequirements(new Dictionary<string, string[]> { ["house-tax-relief"] = ["nationalId", "vehiclePlate"] });
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95), requirements);
        var id = world.Drop("letter.pdf", BornDigital);

        Assert.That(world.Processor.Process(id), Is.EqualTo(ProcessingOutcome.PendingReview));
        Assert.That(world.Ledger.Find(id)!.Detail, Is.EqualTo("Required fields for 'house-tax-relief': vehiclePlate is missing."), "its national id is there");
    }

    [Test]
    public void TheResultJson_CarriesTheFieldsFoundInTheText()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.95));
        var id = world.Drop("申請書.pdf", BornDigital);
        world.Processor.Process(id);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(world.Results, "house-tax-relief", id + ".json")));
        Assert.That(json.RootElement.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(4));
        var fields = json.RootElement.GetProperty("fields");
        Assert.That(fields.GetProperty("nationalId")[0].GetProperty("value").GetString(), Is.EqualTo("A123456789"));
        Assert.That(fields.GetProperty("nationalId")[0].GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(fields.GetProperty("houseTaxNumber")[0].GetProperty("value").GetString(), Is.EqualTo("10020345678"));
        Assert.That(fields.GetProperty("date").EnumerateArray().Select(d => d.GetProperty("value").GetString()), Does.Contain("2024-05-01"));
        Assert.That(fields.GetProperty("amount").EnumerateArray().Select(d => d.GetProperty("value").GetString()), Does.Contain("48252"), "NT$48,252 on page 2");
    }

    [Test]
    public void AReviewersFieldCorrections_AreDelivered_Audited_AndSurviveACrashAfterTheClaim()
    {
        using var world = new ProcessingWorld(new FixedClassifier("house-tax-relief", 0.4));
        var id = world.Drop("申請書.pdf", BornDigital);
        var crashed = world.Drop("again.pdf", [.. BornDigital, .. "%"u8.ToArray()]);
        world.Processor.Process(id);
        world.Processor.Process(crashed);
        FieldCorrection[] corrections = [new("nationalId", "nationalId-1-0", "b123456780"), new("vehiclePlate", FieldCorrection.New, "abc-1234")];

        var refused = Assert.Throws<ReviewException>(() => world.Desk.Decide(id, "house-tax-relief", "rosa", [new("nationalId", "nationalId-1-0", "A123456788")]));
        world.Desk.Decide(id, "house-tax-relief", "rosa", corrections);

        // The crash: the decision is recorded and the corrections kept (as Decide does), then the process dies before delivering.
        world.Ledger.TryChange(crashed, new StateChange(DocumentState.PendingReview, DocumentState.Decided, "reviewer:sam") { Label = "house-tax-relief", DecidedBy = "sam" });
        world.Work.Save(crashed, world.Work.Find(crashed)! with { FieldCorrections = [.. corrections.Select(FieldCorrections.Normalize)] });
        Assert.That(world.Processor.Process(crashed), Is.EqualTo(ProcessingOutcome.Delivered));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Problem, Is.EqualTo(ReviewProblem.Invalid));
            Assert.That(refused.Message, Does.Contain("not a valid national ID"));
            foreach (var (document, reviewer) in new[] { (id, "rosa"), (crashed, "sam") })
            {
                using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(world.Results, "house-tax-relief", document + ".json")));
                var fields = json.RootElement.GetProperty("fields");
                Assert.That(fields.GetProperty("nationalId")[0].GetProperty("value").GetString(), Is.EqualTo("B123456780"));
                Assert.That(fields.GetProperty("nationalId")[0].GetProperty("correctedBy").GetString(), Is.EqualTo($"reviewer:{reviewer}"));
                Assert.That(fields.GetProperty("nationalId")[0].GetProperty("raw").GetString(), Does.Contain("A123456789"), "as written on the page");
                Assert.That(fields.GetProperty("vehiclePlate")[0].GetProperty("page").GetInt32(), Is.Zero, "added by the reviewer");
                Assert.That(fields.GetProperty("houseTaxNumber")[0].TryGetProperty("correctedBy", out _), Is.False, "untouched fields as found");
            }

            Assert.That(world.Ledger.History(id)[^1].Detail, Is.EqualTo("confirmed; fields corrected: nationalId, vehiclePlate"));
        });
    }
}
