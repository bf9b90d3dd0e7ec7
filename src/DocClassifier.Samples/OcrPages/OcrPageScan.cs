namespace DocClassifier.Samples.OcrPages;

/// <summary>How a page of the set was scanned: a grey flatbed scan (PNG or JPEG) or a fax.</summary>
public sealed record OcrPageScan(string Kind, int Dpi, float SkewDegrees, int JpegQuality)
{
    public const string Grey = "scan";
    public const string Jpeg = "jpeg";
    public const string Fax = "fax";

    // A fax is sent at 204 dpi across and 98 lines an inch down, one bit a pixel.
    public const int FaxDpiX = 204;
    public const int FaxDpiY = 98;

    /// <summary>Half the pages nearly straight, the rest skewed up to 5°; 150-300 dpi; a fifth faxed, a quarter JPEG.</summary>
    public static OcrPageScan Draw(Random random)
    {
        var skew = (float)(random.NextDouble() < 0.5 ? random.NextDouble() : 1 + (4 * random.NextDouble())) * (random.Next(2) == 0 ? -1 : 1);
        var roll = random.NextDouble();
        if (roll < 0.2)
        {
            return new(Fax, FaxDpiX, skew, 0);
        }

        var dpi = new[] { 150, 200, 240, 300 }[random.Next(4)];
        return roll < 0.45 ? new(Jpeg, dpi, skew, random.Next(30, 71)) : new(Grey, dpi, skew, 0);
    }
}
