namespace DocClassifier.Samples.Corpus;

// How one document was scanned. File size drives the choices: grain is what makes JPEG and
// grey PNG files big, so it stays low (σ ≤ 1.5 for JPEG, none for grey PNG and TIFF, like a
// scanner's "text" mode); most TIFFs and half the PNGs are black and white (1 bit), as
// scanners and fax servers write them; 200 dpi is the most common office setting.
internal sealed record ScanProfile(int Dpi, float RotationDegrees, double GrainSigma, float BlurSigma, double SpeckDensity, int JpegQuality, bool Bilevel)
{
    public static ScanProfile Choose(Random random, SampleFormat format)
    {
        int[] resolutions = [200, 200, 240, 300];
        var dpi = resolutions[random.Next(resolutions.Length)];

        // Most pages are fed nearly straight; a few are visibly skewed.
        var skew = Math.Pow(random.NextDouble(), 1.5) * 2.0 * (random.Next(2) == 0 ? -1 : 1);
        var bilevel = format switch
        {
            SampleFormat.Tiff => random.NextDouble() < 0.7,
            SampleFormat.Png => random.NextDouble() < 0.5,
            _ => false,
        };

        // A grey lossless page costs about 1 KB per 1,000 pixels even without grain; keep those at 200 dpi.
        if (format is SampleFormat.Tiff or SampleFormat.Png && !bilevel)
        {
            dpi = 200;
        }

        var grain = format switch
        {
            SampleFormat.Jpeg or SampleFormat.ScannedPdf => 0.3 + (random.NextDouble() * 1.2),
            _ when bilevel => random.NextDouble() * 3.0,
            _ => 0,
        };
        return new ScanProfile(
            dpi,
            (float)skew,
            grain,
            0.3f + ((float)random.NextDouble() * 0.6f),
            0.00003 + (random.NextDouble() * 0.00025),
            random.Next(60, 91),
            bilevel);
    }
}
