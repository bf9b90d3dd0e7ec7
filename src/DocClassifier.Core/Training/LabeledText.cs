namespace DocClassifier.Training;

/// <summary>
/// One training or evaluation example: where it came from, its text, its label, a hash of its content, and
/// the template or source family it belongs to when the data says so (documents of one group are held out together).
/// <paramref name="Weight"/> is how much it counts when a model is fitted (1: as much as any other document); reviewed
/// examples weigh more than base documents so that a bureau's first decisions can move a model trained on many more.
/// </summary>
public sealed record LabeledText(string Source, string Text, string Label, string ContentHash, string? Group = null, double Weight = 1);
