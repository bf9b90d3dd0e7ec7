using DocClassifier.Classification;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace DocClassifier.Training;

/// <summary>
/// The ML.NET estimators behind a <see cref="TrainerSpec"/>, reading the <c>Features</c> vector that
/// our <see cref="TfidfVectorizer"/> makes. An ensemble trains each member in one chain and keeps each
/// member's probabilities in a column of its own (<see cref="ModelArchive.MemberScoreColumn"/>). Every trainer
/// counts a row by its example weight (<see cref="WeightedFeatureRow.Weight"/>).
/// </summary>
internal static class LinearTrainers
{
    public static IEstimator<ITransformer> Create(MLContext ml, TrainerSpec spec)
    {
        IEstimator<ITransformer> chain = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        for (var i = 0; i < spec.Parts.Count; i++)
        {
            chain = chain.Append(Member(ml, spec.Parts[i]));
            if (spec.IsEnsemble)
            {
                chain = chain.Append(ml.Transforms.CopyColumns(ModelArchive.MemberScoreColumn(i), "Score"));
            }
        }

        return chain.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    public static IEstimator<ITransformer> Member(MLContext ml, TrainerSpec spec) => spec.Trainer switch
    {
        TrainerSpec.Lbfgs => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = (float)spec.Regularization,
            L1Regularization = 0,
            ExampleWeightColumnName = WeightedFeatureRow.WeightColumn,
            OptimizationTolerance = 1e-4f,
            MaximumNumberOfIterations = 100,
        }),
        TrainerSpec.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = (float)spec.Regularization,
            MaximumNumberOfIterations = 50,
            ExampleWeightColumnName = WeightedFeatureRow.WeightColumn,
        }),
        TrainerSpec.Svm => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options { Lambda = (float)spec.Regularization, NumberOfIterations = 30, ExampleWeightColumnName = WeightedFeatureRow.WeightColumn }),
            useProbabilities: true),
        _ => throw new ArgumentException($"'{spec}' is not a single trainer.", nameof(spec)),
    };
}
