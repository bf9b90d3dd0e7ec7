namespace DocClassifier.Extraction.Images;

/// <summary>One page of a TIFF as its directory describes it: where the directory is (Leptonica reads the page from there) and its size.</summary>
internal readonly record struct TiffPageHeader(ulong DirectoryOffset, int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}
