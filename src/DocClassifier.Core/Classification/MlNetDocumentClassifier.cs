using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocClassifier.Classification;

/// <summary>
/// Serves a trained model: our TF-IDF features, the ML.NET linear model (or the average of an ensemble's
/// members), the card's calibration; each result carries the confidence the card's thresholds apply to (the
/// calibrated probability, or the card's learned confidence) and the card's threshold for its label, for routing to
/// apply. PredictionEngine is not thread-safe, so engines are pooled: each caller borrows one set. A model
/// from before our own features (text in) is served as it was.
/// </summary>
public sealed class MlNetDocumentClassifier : IDocumentClassifier
{
    private readonly MLContext ml = new();
    private readonly ITransformer model;
    private readonly TfidfVectorizer? vectorizer;
    private readonly string[] scoreColumns;
    private readonly string[] slotLabels;
    private readonly ProbabilityCalibration calibration;
    private readonly ConcurrentBag<Func<string, VBuffer<float>, float[]>[]> engines = [];

    public MlNetDocumentClassifier(ITransformer model, DataViewSchema inputSchema, TfidfVectorizer? vectorizer, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(card);
        this.model = model;
        this.vectorizer = vectorizer;
        Card = card;
        calibration = card.Calibration ?? ProbabilityCalibration.None;
        var output = model.GetOutputSchema(inputSchema);
        scoreColumns = Enumerable.Range(0, int.MaxValue).Select(ModelArchive.MemberScoreColumn).TakeWhile(c => output.GetColumnOrNull(c) is not null).ToArray();
        scoreColumns = scoreColumns.Length == 0 ? ["Score"] : scoreColumns;
        VBuffer<ReadOnlyMemory<char>> names = default;
        output[scoreColumns[0]].GetSlotNames(ref names);
        slotLabels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    public ModelCard Card { get; }

    /// <summary>Labels in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Labels => slotLabels;

    public static MlNetDocumentClassifier Load(string modelPath)
    {
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"No model at '{modelPath}'. Train one with 'docclassifier train' or pass --model.", modelPath);
        }

        var cardPath = ModelFiles.CardPath(modelPath);
        if (!File.Exists(cardPath))
        {
            throw new FileNotFoundException($"The model '{modelPath}' has no card '{Path.GetFileName(cardPath)}' beside it.", cardPath);
        }

        var card = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(cardPath), JsonFiles.Options)
            ?? throw new InvalidDataException($"The model card '{cardPath}' is empty.");
        var (model, inputSchema, vectorizer) = ModelArchive.Load(modelPath);
        return new MlNetDocumentClassifier(model, inputSchema, vectorizer, card);
    }

    public ClassificationResult Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prepared = ClassifierText.Prepare(text);
        var probabilities = Predict(prepared);
        var top = slotLabels.Zip(probabilities, (label, p) => new LabelScore(label, p)).OrderByDescending(s => s.Probability).Take(3).ToList();
        var best = top[0];
        var confidence = Card.Confidence?.Of(best.Probability, best.Label, ConfidenceModel.Words(prepared)) ?? best.Probability;
        return new ClassificationResult(
            best.Label, confidence, top, Card.Thresholds.GetValueOrDefault(best.Label, ThresholdSelector.Never), Card.TargetPrecision, Card.Version);
    }

    /// <summary>Calibrated probabilities of prepared text (<see cref="ClassifierText.Prepare"/>), in the order of <see cref="Labels"/>.</summary>
    public double[] Predict(string preparedText)
    {
        if (!engines.TryTake(out var members))
        {
            members = scoreColumns.Select(CreateEngine).ToArray();
        }

        try
        {
            var features = vectorizer?.Transform(preparedText) ?? default;
            var sum = new float[slotLabels.Length];
            foreach (var member in members)
            {
                var scores = member(preparedText, features);
                for (var i = 0; i < sum.Length; i++)
                {
                    sum[i] += scores[i] / members.Length;
                }
            }

            return calibration.Apply(sum);
        }
        finally
        {
            engines.Add(members);
        }
    }

    private Func<string, VBuffer<float>, float[]> CreateEngine(string scoreColumn)
    {
        var output = SchemaDefinition.Create(typeof(LabelScores));
        output[nameof(LabelScores.Score)].ColumnName = scoreColumn;
        if (vectorizer is null)
        {
            var textEngine = ml.Model.CreatePredictionEngine<DocumentText, LabelScores>(model, outputSchemaDefinition: output);
            // Such a model (ML.NET's own featurizer, before ours) learnt from prepared text when it was lower-cased.
            return (text, _) => textEngine.Predict(new DocumentText { Text = text.ToLowerInvariant() }).Score;
        }

        var engine = ml.Model.CreatePredictionEngine<FeatureRow, LabelScores>(model, inputSchemaDefinition: FeatureRow.Schema(vectorizer.Dimension), outputSchemaDefinition: output);
        return (_, features) => engine.Predict(new FeatureRow { Features = features }).Score;
    }
}
