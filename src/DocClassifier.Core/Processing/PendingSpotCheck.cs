namespace DocClassifier.Processing;

/// <summary>A delivered document waiting for a reviewer's spot-check: its id, the label the model delivered it under, and when it was chosen.</summary>
public sealed record PendingSpotCheck(string Id, string Label, DateTimeOffset ChosenAt);
