using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace DocClassifier.Extraction.Pdf;

/// <summary>The last filter of an image stream: what its bytes are once the generic filters are undone.</summary>
internal static class PdfImageEncoding
{
    public static string LastFilter(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var token) && !image.ImageDictionary.TryGet(NameToken.F, out token))
        {
            return string.Empty;
        }

        return token switch
        {
            NameToken name => Canonical(name.Data),
            ArrayToken { Data.Count: > 0 } array when array.Data[^1] is NameToken last => Canonical(last.Data),
            _ => string.Empty,
        };
    }

    // Inline images may use abbreviations.
    private static string Canonical(string filter) => filter switch
    {
        "DCT" => "DCTDecode",
        "CCF" => "CCITTFaxDecode",
        "Fl" => "FlateDecode",
        _ => filter,
    };
}
