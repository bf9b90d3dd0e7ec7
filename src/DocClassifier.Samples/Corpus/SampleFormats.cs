namespace DocClassifier.Samples.Corpus;

public static class SampleFormats
{
    // The value of the labels.csv "format" column.
    public static string Slug(this SampleFormat format) => format switch
    {
        SampleFormat.DigitalPdf => "digital-pdf",
        SampleFormat.ScannedPdf => "scanned-pdf",
        SampleFormat.Tiff => "tiff",
        SampleFormat.Jpeg => "jpeg",
        SampleFormat.Png => "png",
        SampleFormat.Text => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Extension(this SampleFormat format) => format switch
    {
        SampleFormat.DigitalPdf or SampleFormat.ScannedPdf => ".pdf",
        SampleFormat.Tiff => ".tif",
        SampleFormat.Jpeg => ".jpg",
        SampleFormat.Png => ".png",
        SampleFormat.Text => ".txt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    // Only PDF and TIFF hold several pages; a JPEG or PNG is one scanned sheet.
    public static bool HoldsPages(this SampleFormat format) =>
        format is SampleFormat.DigitalPdf or SampleFormat.ScannedPdf or SampleFormat.Tiff;

    // 25% born-digital PDF, 25% scanned PDF, 15% TIFF, 20% JPEG, 15% PNG.
    internal static SampleFormat Choose(Random random) => random.Next(100) switch
    {
        < 25 => SampleFormat.DigitalPdf,
        < 50 => SampleFormat.ScannedPdf,
        < 65 => SampleFormat.Tiff,
        < 85 => SampleFormat.Jpeg,
        _ => SampleFormat.Png,
    };
}
