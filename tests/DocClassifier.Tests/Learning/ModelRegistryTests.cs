using DocClassifier.Learning;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Learning;

/// <summary>Versions, the live pointer with promotion and rollback, hot swapping in a running classifier, and added labels.</summary>
[TestFixture]
[Category("Training")]
public sealed class ModelRegistryTests
{
    private TempFolder folder = null!;
    private TrainedModel model = null!;

    [OneTimeSetUp]
    public void TrainATinyModel()
    {
        folder = new TempFolder();
        model = new ModelTrainer(new TrainingOptions { Trainers = ["SdcaMaximumEntropy"], Folds = 2 }).Train("tiny", GeneratedTexts.Corpus(folder.Path, perClass: 5, seed: 3));
    }

    [OneTimeTearDown]
    public void Delete() => folder.Dispose();

    [Test]
    public void PromoteAndRollback_MoveTheLivePointer_AndKeepTheHistory()
    {
        var registry = NewRegistry(out var first, out var second, out var third);

        registry.Promote(first, "system");
        registry.Promote(second, "alice");
        registry.Promote(third, "retraining");
        var rolledBack = registry.Rollback("bob");
        var again = registry.Rollback("bob");

        Assert.Multiple(() =>
        {
            Assert.That(registry.Versions().Select(v => v.Version), Is.EqualTo(new[] { third, second, first }), "newest first");
            Assert.That(rolledBack.Version, Is.EqualTo(second));
            Assert.That(again.Version, Is.EqualTo(first));
            Assert.That(again.By, Is.EqualTo("bob"));
            Assert.That(() => registry.Rollback("bob"), Throws.InvalidOperationException.With.Message.Contains("first live model"));
            Assert.That(() => registry.Promote("tiny@20990101T000000Z", "bob"), Throws.ArgumentException.With.Message.Contains("no model version"));
            Assert.That(() => registry.Promote("../../etc@20990101T000000Z", "bob"), Throws.ArgumentException);
            Assert.That(() => registry.Add(model), Throws.InvalidOperationException, "a version is never overwritten");
        });
    }

    [Test]
    public void EnsureLive_ImportsTheShippedModel_ButDoesNotReplaceALiveOne()
    {
        var shipped = Path.Combine(folder.Path, "shipped", "tiny.zip");
        model.Save(shipped);
        var registry = new ModelRegistry(Path.Combine(folder.Path, Guid.NewGuid().ToString("N")));

        var live = registry.EnsureLive(shipped);
        var later = model with { Card = model.Card with { CreatedAt = model.Card.CreatedAt.AddDays(1) } };
        registry.Promote(registry.Add(later), "retraining");
        var afterRestart = registry.EnsureLive(shipped);

        Assert.Multiple(() =>
        {
            Assert.That(live.Version, Is.EqualTo(model.Card.Version));
            Assert.That(afterRestart.Version, Is.EqualTo(later.Card.Version), "a restart keeps the retrained model");
            Assert.That(registry.Load(live.Version).Classify("房屋稅減免申請書").ModelVersion, Is.EqualTo(model.Card.Version));
        });
    }

    [Test]
    public void HotSwappingClassifier_PicksUpAPromotion_WithoutARestart_AfterItsCheckInterval()
    {
        var registry = NewRegistry(out var first, out var second, out _);
        registry.Promote(first, "system");
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var classifier = new HotSwappingClassifier(registry, clock, TimeSpan.FromSeconds(15));
        var swaps = new List<string>();
        classifier.Swapped += swaps.Add;
        const string text = "地價稅自用住宅用地優惠稅率申請書 土地所有權人";

        var before = classifier.Classify(text).ModelVersion;
        registry.Promote(second, "alice");
        var soon = classifier.Classify(text).ModelVersion;
        clock.Advance(TimeSpan.FromSeconds(16));
        var later = classifier.Classify(text).ModelVersion;
        registry.Rollback("alice");
        clock.Advance(TimeSpan.FromSeconds(16));
        var rolledBack = classifier.Classify(text).ModelVersion;

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(first));
            Assert.That(soon, Is.EqualTo(first), "checked at most every 15 s");
            Assert.That(later, Is.EqualTo(second), "each decision records the model that made it");
            Assert.That(rolledBack, Is.EqualTo(first));
            Assert.That(swaps, Is.EqualTo(new[] { first, second, first }));
        });
    }

    [Test]
    public void HotSwappingClassifier_KeepsServing_WhenTheNewLiveVersionCannotBeLoaded()
    {
        var registry = NewRegistry(out var first, out var second, out _);
        registry.Promote(first, "system");
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var classifier = new HotSwappingClassifier(registry, clock, TimeSpan.FromSeconds(15));
        var failures = new List<Exception>();
        classifier.RefreshFailed += failures.Add;
        classifier.Classify("房屋稅");

        registry.Promote(second, "alice");
        foreach (var file in Directory.GetFiles(Path.Combine(registry.Folder, second), "*.zip"))
        {
            File.WriteAllText(file, "half copied");
        }

        clock.Advance(TimeSpan.FromSeconds(16));
        var version = classifier.Classify("房屋稅").ModelVersion;

        Assert.That(version, Is.EqualTo(first));
        Assert.That(failures, Has.Count.EqualTo(1));
    }

    [Test]
    public void AddedLabels_JoinTheLabelsReviewersSee_AndBadNamesAreRefused()
    {
        var registry = NewRegistry(out var first, out _, out _);
        registry.Promote(first, "system");
        var labels = new LiveLabelCollection(new HotSwappingClassifier(registry, TimeProvider.System, TimeSpan.FromSeconds(15)), registry);

        registry.AddLabel("business-tax-notice", "營業稅通知", "admin", labels);

        Assert.Multiple(() =>
        {
            Assert.That(labels, Does.Contain("business-tax-notice").And.Contain(SampleLabels.StampTax));
            Assert.That(labels, Has.Count.EqualTo(model.Card.Labels.Count + 1));
            Assert.That(registry.AddedLabels().Single().DisplayName, Is.EqualTo("營業稅通知"));
            Assert.That(() => registry.AddLabel("business-tax-notice", "", "admin", labels), Throws.ArgumentException.With.Message.Contains("exists"));
            Assert.That(() => registry.AddLabel(SampleLabels.StampTax, "", "admin", labels), Throws.ArgumentException.With.Message.Contains("exists"));
            Assert.That(() => registry.AddLabel("other", "", "admin", labels), Throws.ArgumentException);
            Assert.That(() => registry.AddLabel("Business Tax", "", "admin", labels), Throws.ArgumentException.With.Message.Contains("lower-case"));
            Assert.That(() => registry.AddLabel("../x", "", "admin", labels), Throws.ArgumentException);
        });
    }

    private ModelRegistry NewRegistry(out string first, out string second, out string third)
    {
        var registry = new ModelRegistry(Path.Combine(folder.Path, Guid.NewGuid().ToString("N")));
        first = registry.Add(model);
        second = registry.Add(model with { Card = model.Card with { CreatedAt = model.Card.CreatedAt.AddHours(1) } });
        third = registry.Add(model with { Card = model.Card with { CreatedAt = model.Card.CreatedAt.AddHours(2) } });
        return registry;
    }
}
