namespace DocClassifier.Training;

/// <summary>
/// The kept recipe's out-of-fold probabilities, before calibration, as the trainer judged them: for each training
/// document its label and fold (indexes into <paramref name="Labels"/> and the folds) and one probability a label.
/// Not saved with the model; for measuring what the card's numbers are made of.
/// </summary>
public sealed record OutOfFoldPredictions(IReadOnlyList<string> Labels, IReadOnlyList<int> Truth, IReadOnlyList<int> Fold, IReadOnlyList<float[]> Probabilities);
