using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Reads single words of Latin letters and digits with a Latin-script model, for an engine whose own model is
/// Chinese: chi_tra reads a serif invoice number AB38217658 as AB3S821765S and a buyer's number ending in 6 as 5, which eng
/// reads right. Its engine is loaded on the first word it is given (one more model per engine, eng ~28 MB); a
/// machine without the model reads on without it. One per engine, so not thread-safe.
/// </summary>
internal sealed class LatinWordReader(string languages, string? tessdataPath) : IDisposable
{
    private TesseractOcrEngine? engine;
    private bool unavailable;

    /// <summary>Sets the page the next words are read from (kept by reference, not copied); false when there is no Latin model.</summary>
    public bool Begin(Pix image)
    {
        if (engine is null && !unavailable)
        {
            try
            {
                engine = new TesseractOcrEngine(languages, tessdataPath, TesseractApi.PsmSingleLine, timeoutSeconds: 0);
            }
            catch (InvalidOperationException)
            {
                unavailable = true;
            }
        }

        engine?.SetImage(image);
        return engine is not null;
    }

    /// <summary>The text in <paramref name="area"/> of the page given to <see cref="Begin"/>, read as one line, and its confidence.</summary>
    public (string Text, int Confidence) Read(PixelRect area) =>
        engine?.ReadRectangle(area, TesseractApi.PsmSingleLine) ?? (string.Empty, 0);

    public void Dispose() => engine?.Dispose();
}
