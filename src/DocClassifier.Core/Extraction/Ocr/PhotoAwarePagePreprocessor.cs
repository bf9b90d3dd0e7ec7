using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>Runs photo normalisation first, so that the scan preprocessing after it sees a scan either way.</summary>
internal sealed class PhotoAwarePagePreprocessor(IPhotoNormalizer photos, IPagePreprocessor scans) : IPagePreprocessor
{
    public PreparedPage Prepare(Pix page)
    {
        using var flattened = photos.Normalize(page);
        return scans.Prepare(flattened ?? page);
    }
}
