using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Gives a page with fewer lines an inch down than dots across (a standard fax: 204 x 98 dpi) square pixels
/// before the inner preprocessor sees it, by stretching it down; every other page passes through untouched.
/// Read as it comes, a fax's characters are half as high as they are wide, and Tesseract reads next to nothing.
/// The stretch repeats rows: the inner preprocessor smooths the stairs that makes (<see cref="BilevelSmoothing"/>).
/// </summary>
internal sealed class SquarePixelsPreprocessor(IPagePreprocessor inner) : IPagePreprocessor
{
    private const double MinStretch = 1.3;

    public PreparedPage Prepare(Pix page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (across, down) = (LeptonicaApi.PixGetXRes(page.Pointer), LeptonicaApi.PixGetYRes(page.Pointer));
        if (across <= 0 || down <= 0 || across < down * MinStretch)
        {
            return inner.Prepare(page);
        }

        using var square = Pix.Own(LeptonicaApi.PixScale(page.Pointer, 1f, (float)across / down), "fax line stretch");
        square.Resolution = across;
        return inner.Prepare(square);
    }
}
