using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>What the search kept: features, trainer, the kept trainer's out-of-fold probabilities, and what it compared.</summary>
internal sealed record SearchOutcome(
    TextFeatureOptions Features, TrainerSpec Trainer, float[][] OutOfFold, IReadOnlyDictionary<string, double> TrainersCompared, SearchReport Report);
