namespace DocClassifier.Extraction.Pdf;

/// <summary>
/// What a PDF page's resources hold, read from its dictionaries only (its content and fonts are not parsed):
/// <see cref="MayHoldImages"/> when it has an image or a form XObject (a form may hold an image), <see cref="HasFonts"/>
/// when it names a font.
/// </summary>
internal sealed record PdfPageResources(bool MayHoldImages, bool HasFonts)
{
    /// <summary>A page that draws text and no image: printed from a computer, not a scan.</summary>
    public bool IsBornDigital => HasFonts && !MayHoldImages;
}
