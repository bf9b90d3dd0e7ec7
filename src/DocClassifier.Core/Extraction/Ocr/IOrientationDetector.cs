using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>Tells which way up a page image lies. Thread-safe.</summary>
internal interface IOrientationDetector
{
    /// <summary>The turn that makes the page upright; null when it cannot tell (too little text, no model).</summary>
    PageTurn? Detect(Pix image);
}
