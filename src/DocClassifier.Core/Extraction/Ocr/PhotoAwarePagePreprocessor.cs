using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Runs photo normalisation first, so that the scan preprocessing after it sees a scan either way: a scan goes to
/// <paramref name="scans"/>, a flattened photo to <paramref name="flattenedPhotos"/> (a photo's text has no dark cores
/// after flattening, so the seal search took its characters for seals).
/// </summary>
internal sealed class PhotoAwarePagePreprocessor(IPhotoNormalizer photos, IPagePreprocessor scans, IPagePreprocessor flattenedPhotos) : IPagePreprocessor
{
    public PreparedPage Prepare(Pix page)
    {
        using var flattened = photos.Normalize(page);
        return flattened is null ? scans.Prepare(page) : flattenedPhotos.Prepare(flattened);
    }
}
