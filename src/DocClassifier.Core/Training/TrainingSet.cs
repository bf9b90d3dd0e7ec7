namespace DocClassifier.Training;

/// <summary>Labelled texts read from a folder or CSV, and the files that could not be read (with why).</summary>
public sealed record TrainingSet(IReadOnlyList<LabeledText> Examples, IReadOnlyList<string> Skipped, string Source);
