using DocClassifier.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
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
    /// <summary>
    /// Fits <paramref name="spec"/>: each member on the rows of its view (<paramref name="rows"/> gives the
    /// rows a view reads; null is every block), then the fitted pieces are chained into one model that
    /// reads the whole vector.
    /// </summary>
    public static ITransformer Fit(MLContext ml, TrainerSpec spec, Func<NgramBlock?, IDataView> rows) =>
        Fit(ml, spec.Parts.Select(p => (p, (Func<IDataView>)(() => rows(p.View)))).ToList(), rows(null), spec.IsEnsemble);

    /// <summary>
    /// Fits each single trainer on its own rows and chains the fitted pieces into one model; with more than
    /// one member (or <paramref name="ensemble"/>), each member's probabilities are kept in a column of its
    /// own, which serving averages. <paramref name="labelled"/> holds every label (it fixes the label keys).
    /// </summary>
    public static ITransformer Fit(MLContext ml, IReadOnlyList<(TrainerSpec Member, Func<IDataView> Rows)> members, IDataView labelled, bool ensemble = true)
    {
        var keys = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Fit(labelled);
        var pieces = new List<ITransformer> { keys };
        IDataView? scored = null;
        for (var i = 0; i < members.Count; i++)
        {
            var keyed = keys.Transform(members[i].Rows());
            var fitted = Member(ml, members[i].Member).Fit(keyed);
            pieces.Add(fitted);
            scored = fitted.Transform(scored is null ? keyed : scored);
            if (ensemble || members.Count > 1)
            {
                var copy = ml.Transforms.CopyColumns(ModelArchive.MemberScoreColumn(i), "Score").Fit(scored);
                pieces.Add(copy);
                scored = copy.Transform(scored);
            }
        }

        pieces.Add(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel").Fit(scored!));
        return new TransformerChain<ITransformer>([.. pieces]);
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
