using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Routing;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;
using DocClassifier.Training;

namespace DocClassifier.Tests.Classification;

/// <summary>A model trained with an out-of-scope class sends what it calls out of scope to review, never to a tax folder.</summary>
[TestFixture]
[Category("Training")]
public class OutOfScopeRoutingTests
{
    private MlNetDocumentClassifier classifier = null!;
    private MlNetDocumentClassifier deliversEverything = null!;

    [OneTimeSetUp]
    public void TrainATinyModelWithAnOutOfScopeClass()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "corpus");
        CorpusGenerator.GenerateText(corpus, perClass: 14, seed: 12, new CorpusOptions { OutOfScope = true, OcrNoise = true });
        var loader = new TrainingSetLoader(() => throw new InvalidOperationException("text only"), new TextCache(Path.Combine(folder.Path, "cache")));
        var set = loader.Load(corpus);
        var model = new ModelTrainer(new TrainingOptions { Trainers = ["SdcaMaximumEntropy"], Folds = 3 }).Train("tiny", set);
        classifier = model.ToClassifier();

        // Every threshold at zero: whatever goes to review, goes there for being out of scope.
        var card = model.Card with { Thresholds = model.Card.Labels.ToDictionary(l => l, _ => 0.0, StringComparer.Ordinal) };
        deliversEverything = new MlNetDocumentClassifier(model.Model, model.InputSchema, model.Vectorizer, card);
    }

    [Test]
    public void AnEnglishBusinessLetter_GoesToReviewAsOutOfScope()
    {
        const string letter = """
            Pacific Rim Logistics Ltd.
            88 Harbor Avenue, Singapore
            March 3, 2025
            Dear Mr. Walker,
            Thank you for your letter regarding the delayed shipment. Please find enclosed a copy of the invoice.
            Payment should be made by bank transfer within 30 days. We look forward to hearing from you.
            Sincerely,
            Emily Clark
            Sales Manager
            """;

        var (result, verdict) = ModelEvaluator.Route(classifier, letter);

        Assert.Multiple(() =>
        {
            Assert.That(result.Label, Is.EqualTo(OutOfScope.Label));
            Assert.That(verdict.Decision, Is.EqualTo(RoutingDecision.Review));
            Assert.That(verdict.Reason, Is.EqualTo(OutOfScope.Reason));
        });
    }

    [Test]
    public void OutOfScope_GoesToReviewHoweverLowItsThreshold_WhileTaxFormsAreDelivered()
    {
        // Near-blank pages are left out: they go to review for having no text, a reason of their own.
        var unrelated = Enumerable.Range(200, 12)
            .Select(i => CorpusGenerator.Compose(SampleLabels.OutOfScope, i, seed: 13).Text)
            .Where(text => ClassifierText.Substance(text) >= ThresholdRoutingPolicy.MinSubstance)
            .Select(text => ModelEvaluator.Route(deliversEverything, text))
            .ToList();
        var forms = SampleLabels.All.Select((label, i) => ModelEvaluator.Route(deliversEverything, CorpusGenerator.Compose(label, 300 + i, seed: 13).Text)).ToList();

        var calledOutOfScope = unrelated.Concat(forms).Where(r => r.Scores.Label == OutOfScope.Label).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(calledOutOfScope, Is.Not.Empty);
            Assert.That(calledOutOfScope.Select(r => r.Verdict.Decision), Is.All.EqualTo(RoutingDecision.Review));
            Assert.That(calledOutOfScope.Select(r => r.Verdict.Reason), Is.All.EqualTo(OutOfScope.Reason));
            Assert.That(forms.Where(r => r.Scores.Label != OutOfScope.Label).Select(r => r.Verdict.Decision), Is.All.EqualTo(RoutingDecision.Deliver));
        });
    }
}
