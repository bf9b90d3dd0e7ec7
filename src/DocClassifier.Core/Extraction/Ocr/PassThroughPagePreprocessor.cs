using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>Gives Tesseract the page as it is (only the resolution filled in); the baseline for measurements.</summary>
internal sealed class PassThroughPagePreprocessor(int defaultResolution) : IPagePreprocessor
{
    public PreparedPage Prepare(Pix page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var copy = Pix.Own(LeptonicaApi.PixConvertTo8(page.Pointer, 0), "grey conversion");
        copy.Resolution = ResolutionGuess.For(page, defaultResolution);
        return new PreparedPage(copy, []);
    }
}
