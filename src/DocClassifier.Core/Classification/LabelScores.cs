namespace DocClassifier.Classification;

/// <summary>ML.NET output row: one probability per label, in the model's slot order.</summary>
public sealed class LabelScores
{
    public float[] Score { get; set; } = [];
}
