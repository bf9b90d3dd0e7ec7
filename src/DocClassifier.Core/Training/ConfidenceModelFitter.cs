using DocClassifier.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace DocClassifier.Training;

/// <summary>
/// Fits a <see cref="ConfidenceModel"/>: ML.NET's L-BFGS logistic regression of "the predicted label was right"
/// on each scored document's inputs (<see cref="ConfidenceModel.Inputs"/>), with the default L2 of 1, which
/// keeps the labels' weights small where a label has few documents.
/// </summary>
internal static class ConfidenceModelFitter
{
    /// <summary>Null when the documents were all right or all wrong: there is nothing to learn from.</summary>
    public static ConfidenceModel? Fit(IReadOnlyList<ScoredDocument> scored, IReadOnlyList<int> words, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(labels);
        var rows = scored.Select((d, i) => new Row
        {
            Right = d.PredictedLabel == d.TrueLabel,
            Inputs = ConfidenceModel.Inputs(d.Confidence, IndexOf(labels, d.PredictedLabel), labels.Count, words[i]),
        }).ToList();
        if (rows.All(r => r.Right) || rows.All(r => !r.Right))
        {
            return null;
        }

        var ml = new MLContext(0);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Inputs)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ConfidenceModel.LeadingInputs + labels.Count);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Right),
            FeatureColumnName = nameof(Row.Inputs),
            L2Regularization = 1,
            L1Regularization = 0,
            NumberOfThreads = 1,
        });
        var fitted = trainer.Fit(data).Model.SubModel;
        var weights = fitted.Weights.ToArray();
        return new ConfidenceModel(
            fitted.Bias,
            weights[0],
            weights[1],
            labels.Select((l, i) => (l, w: (double)weights[ConfidenceModel.LeadingInputs + i])).ToDictionary(x => x.l, x => x.w, StringComparer.Ordinal));
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{label}' is not one of the model's labels.", nameof(label));
    }

    private sealed class Row
    {
        public bool Right { get; set; }

        [VectorType]
        public float[] Inputs { get; set; } = [];
    }
}
