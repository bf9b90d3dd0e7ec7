using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocClassifier.Classification;

/// <summary>
/// Serves a trained ML.NET model with its card's thresholds. PredictionEngine is not thread-safe,
/// so engines are pooled: each caller borrows one.
/// </summary>
public sealed class MlNetDocumentClassifier : IDocumentClassifier
{
    /// <summary>Fewer letters and digits than this (a blank page, a stamp) is nothing to classify.</summary>
    public const int MinSubstance = 15;

    private readonly MLContext ml = new();
    private readonly ITransformer model;
    private readonly string[] slotLabels;
    private readonly ConcurrentBag<PredictionEngine<DocumentText, LabelScores>> engines = [];

    public MlNetDocumentClassifier(ITransformer model, DataViewSchema inputSchema, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
        Card = card;
        VBuffer<ReadOnlyMemory<char>> names = default;
        model.GetOutputSchema(inputSchema)["Score"].GetSlotNames(ref names);
        slotLabels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    public ModelCard Card { get; }

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
        var ml = new MLContext();
        var model = ml.Model.Load(modelPath, out var inputSchema);
        return new MlNetDocumentClassifier(model, inputSchema, card);
    }

    public ClassificationResult Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var probabilities = Predict(ClassifierText.Prepare(text));
        var top = slotLabels.Zip(probabilities, (label, p) => new LabelScore(label, p)).OrderByDescending(s => s.Probability).Take(3).ToList();
        var best = top[0];
        var threshold = Card.Thresholds.GetValueOrDefault(best.Label, ThresholdSelector.Never);
        var reason = ClassifierText.Substance(text) < MinSubstance
            ? "The document has no readable text (blank page or unreadable scan)."
            : best.Label == OutOfScope.Label
                ? OutOfScope.Reason
                : threshold > 1
                    ? $"The model never delivers '{best.Label}' without review: its predictions did not reach {Card.TargetPrecision:P0} precision in training."
                    : best.Probability < threshold
                        ? string.Create(CultureInfo.InvariantCulture, $"Confidence {best.Probability:F2} is below the threshold {threshold:F2} for '{best.Label}'.")
                        : null;
        return new ClassificationResult(
            best.Label, best.Probability, top, threshold, reason is null ? RoutingDecision.Deliver : RoutingDecision.Review, reason, Card.Version);
    }

    /// <summary>Probabilities in slot order, for evaluation.</summary>
    public IReadOnlyList<string> Labels => slotLabels;

    public float[] Predict(string preparedText)
    {
        if (!engines.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<DocumentText, LabelScores>(model);
        }

        try
        {
            return engine.Predict(new DocumentText { Text = preparedText }).Score;
        }
        finally
        {
            engines.Add(engine);
        }
    }
}
