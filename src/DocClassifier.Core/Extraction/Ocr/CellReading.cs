namespace DocClassifier.Extraction.Ocr;

/// <summary>A table cell as read: its text, and when it was read line by line, each line's box and text.</summary>
internal readonly record struct CellReading(PixelRect Cell, string Text, IReadOnlyList<(PixelRect Box, string Text)>? Lines = null);
