namespace DocClassifier.Extraction.Ocr;

/// <summary>How far a page lies turned: the clockwise quarter turns (0-3) that make it upright, and how sure the detector is.</summary>
internal readonly record struct PageTurn(int QuarterTurns, float Confidence);
