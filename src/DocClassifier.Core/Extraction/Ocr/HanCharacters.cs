namespace DocClassifier.Extraction.Ocr;

/// <summary>The Chinese characters a reading is told by: CJK Unified Ideographs and Extension A (U+3400-U+9FFF).</summary>
internal static class HanCharacters
{
    public static bool Is(char c) => c is >= '\u3400' and <= '\u9FFF';
}
