using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>Turns a phone photo of a page into a flat, evenly lit scan-like image; leaves scans alone.</summary>
internal interface IPhotoNormalizer
{
    /// <summary>A new grey image of the page, or null when <paramref name="page"/> is not a photo (then nothing was done).</summary>
    Pix? Normalize(Pix page);
}
