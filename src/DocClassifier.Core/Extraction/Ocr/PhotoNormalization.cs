namespace DocClassifier.Extraction.Ocr;

/// <summary>The text size photos are rescaled to.</summary>
internal static class PhotoNormalization
{
    /// <summary>
    /// Height of whole characters, in pixels, after rescaling: what our forms' body text measures at the
    /// 250 dpi the scan pipeline was tuned at (a 10.5-12 pt CJK character).
    /// </summary>
    public const int TargetGlyphHeight = 34;
}
