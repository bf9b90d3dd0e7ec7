using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace DocClassifier.Splitting;

/// <summary>
/// The page-level boundary model: "first page of a document" or "continuation", a logistic regression (ML.NET L-BFGS)
/// over <see cref="PageBoundarySignals"/> and character n-grams of the lines at a page's top and the page before's top
/// and bottom. A logistic regression's output is a probability; the held-out calibration is in the benchmark.
/// Its own zip beside the document model, so document models of any age load as they did. Thread-safe.
/// </summary>
public sealed class PageBoundaryModel
{
    public const string DefaultFileName = "page-boundaries.zip";

    /// <summary>The L2 weight of the logistic regression.</summary>
    public const float DefaultL2 = 0.01f;

    private readonly ITransformer model;
    private readonly MLContext ml;
    private readonly ConcurrentBag<PredictionEngine<PageBoundaryInput, PageBoundaryScore>> engines = [];

    private PageBoundaryModel(MLContext ml, ITransformer model) => (this.ml, this.model) = (ml, model);

    /// <summary>Trains on labelled rows (<see cref="PageBoundaryInput.Label"/> true for a first page).</summary>
    public static PageBoundaryModel Train(IEnumerable<PageBoundaryInput> rows, int seed = 1, float l2Regularization = DefaultL2)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var text = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            KeepNumbers = false,
            KeepPunctuations = false,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Text.FeaturizeText("HeadFeatures", text, nameof(PageBoundaryInput.Head))
            .Append(ml.Transforms.Text.FeaturizeText("PreviousHeadFeatures", text, nameof(PageBoundaryInput.PreviousHead)))
            .Append(ml.Transforms.Text.FeaturizeText("PreviousTailFeatures", text, nameof(PageBoundaryInput.PreviousTail)))
            .Append(ml.Transforms.Concatenate("Features", nameof(PageBoundaryInput.Signals), "HeadFeatures", "PreviousHeadFeatures", "PreviousTailFeatures"))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(PageBoundaryInput.Label),
                FeatureColumnName = "Features",
                L2Regularization = l2Regularization,
                L1Regularization = 0f,
            }));
        return new PageBoundaryModel(ml, pipeline.Fit(data));
    }

    public static PageBoundaryModel Load(string path)
    {
        var ml = new MLContext(1);
        using var stream = File.OpenRead(path);
        return new PageBoundaryModel(ml, ml.Model.Load(stream, out _));
    }

    public void Save(string path)
    {
        _ = Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.Write(Path.GetFullPath(path), stream => ml.Model.Save(model, null, stream));
    }

    /// <summary>The probability that each row's page begins a document.</summary>
    public IReadOnlyList<double> Predict(IReadOnlyList<PageBoundaryInput> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!engines.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<PageBoundaryInput, PageBoundaryScore>(model);
        }

        try
        {
            return [.. rows.Select(r => (double)engine.Predict(r).Probability)];
        }
        finally
        {
            engines.Add(engine);
        }
    }
}
