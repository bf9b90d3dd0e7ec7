using Microsoft.ML;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace DocClassifier.Classification;

/// <summary>
/// The model's shape: prepared text → character 1-3-grams (what carries Chinese) plus word 1-2-grams
/// (what carries English and codes), L2-normalised → a multiclass linear trainer with probabilities.
/// </summary>
public static class ClassificationPipeline
{
    /// <summary>The trainers compared by cross-validation; each gives calibrated class probabilities.</summary>
    public static IReadOnlyList<string> Trainers { get; } = ["SdcaMaximumEntropy", "LbfgsMaximumEntropy"];

    public static IEstimator<ITransformer> Create(MLContext ml, string trainer)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        return ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(DocumentText.Text)))
            .Append(CreateTrainer(ml, trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    private static IEstimator<ITransformer> CreateTrainer(MLContext ml, string trainer) => trainer switch
    {
        "SdcaMaximumEntropy" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 50),
        "LbfgsMaximumEntropy" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l2Regularization: 0.01f),
        _ => throw new ArgumentException($"Unknown trainer '{trainer}'. Known: {string.Join(", ", Trainers)}.", nameof(trainer)),
    };
}
