namespace DocClassifier.Classification;

/// <summary>ML.NET input row: a document's prepared text and, for training, its label.</summary>
public sealed class DocumentText
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}
