namespace DocClassifier.Training;

/// <summary>
/// One training or evaluation example: where it came from, its text, its label, a hash of its content, and
/// the template or source family it belongs to when the data says so (documents of one group are held out together).
/// </summary>
public sealed record LabeledText(string Source, string Text, string Label, string ContentHash, string? Group = null);
