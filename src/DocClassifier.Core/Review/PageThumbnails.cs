using DocClassifier.Extraction;
using DocClassifier.Extraction.Native;

namespace DocClassifier.Review;

/// <summary>
/// Small grey PNGs of a scan's pages, for the strip of a stack's review: each page image read as the extraction reads
/// it (PdfPig's scan image, poppler, Leptonica's TIFF pages), turned grey and scaled to <see cref="Height"/> pixels.
/// </summary>
public sealed class PageThumbnails(ExtractionOptions options)
{
    /// <summary>A thumbnail's height in pixels: a page's layout (title, form, stamp) shows, its text does not have to.</summary>
    public const int Height = 240;

    /// <summary>Every page's thumbnail, in order; null for a page that is not a scan (a printed page of text).</summary>
    /// <exception cref="ExtractionException">The file cannot be read, or a page cannot be decoded.</exception>
    public IReadOnlyList<byte[]?> Render(string path, CancellationToken cancellationToken = default)
    {
        var content = File.ReadAllBytes(path);
        var thumbnails = new List<byte[]?>();
        _ = new ScanPageImages(options).Visit(path, content, FormatSniffer.FromContent(content), (_, image) => thumbnails.Add(image is null ? null : Of(image)), cancellationToken);
        return thumbnails;
    }

    private static byte[] Of(Pix image)
    {
        using var grey = Pix.Own(LeptonicaApi.PixConvertTo8(image.Pointer, 0), "pixConvertTo8");
        var scale = Math.Min(1f, Height / (float)Math.Max(1, grey.Height));
        using var small = Pix.Own(LeptonicaApi.PixScale(grey.Pointer, scale, scale), "pixScale");
        return small.Encode(LeptonicaApi.FormatPng);
    }
}
