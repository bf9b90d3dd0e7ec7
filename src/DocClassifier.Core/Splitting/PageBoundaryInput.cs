using Microsoft.ML.Data;

namespace DocClassifier.Splitting;

/// <summary>The page model's input row: one page of a stack seen beside the page before it.</summary>
public sealed class PageBoundaryInput
{
    public const int SignalCount = 15;

    /// <summary>The page's first lines (a title or a form header begins a document).</summary>
    public string Head { get; set; } = string.Empty;

    /// <summary>The page's first lines before it (a cover sheet is followed by its document).</summary>
    public string PreviousHead { get; set; } = string.Empty;

    /// <summary>The last lines of the page before (a closing, a signature and a date end a document).</summary>
    public string PreviousTail { get; set; } = string.Empty;

    /// <summary>The numeric signals of <see cref="PageBoundarySignals"/>, each in 0-1.</summary>
    [VectorType(SignalCount)]
    public float[] Signals { get; set; } = new float[SignalCount];

    /// <summary>For training: true when the page begins a document.</summary>
    public bool Label { get; set; }
}
