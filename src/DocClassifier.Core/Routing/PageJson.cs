using DocClassifier.Extraction;

namespace DocClassifier.Routing;

/// <summary>One entry of a result's <c>pages</c>: how the page's text was obtained, so a bot can distrust weak OCR.</summary>
internal sealed record PageJson(int Number, TextSource Source, int? OcrConfidence, int? Resolution, int Characters)
{
    public static PageJson From(ExtractedPage page) =>
        new(page.Number, page.Source, page.OcrConfidence, page.Resolution, Routing.Characters.Count(page.Text));
}
