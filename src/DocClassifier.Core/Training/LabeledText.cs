namespace DocClassifier.Training;

/// <summary>One training or evaluation example: where it came from, its text, its label, and a hash of its content.</summary>
public sealed record LabeledText(string Source, string Text, string Label, string ContentHash);
