using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace DocClassifier.Extraction.Images;

/// <summary>
/// The orientation a camera wrote into a photo's Exif data (a phone held upright stores its picture sideways and says so):
/// the clockwise quarter turns that show the picture as it was taken. Mirrored orientations, which cameras do not write, are
/// read for their turn only.
/// </summary>
internal static class ExifOrientation
{
    public static int QuarterTurns(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var orientation = ImageMetadataReader.ReadMetadata(stream).OfType<ExifIfd0Directory>().FirstOrDefault() is { } exif
                && exif.TryGetInt32(ExifDirectoryBase.TagOrientation, out var value) ? value : 1;

            // Exif 1-8: 3 and 4 upside down, 5 and 6 a quarter clockwise, 7 and 8 a quarter counter-clockwise.
            return orientation switch
            {
                3 or 4 => 2,
                5 or 6 => 1,
                7 or 8 => 3,
                _ => 0,
            };
        }
        catch (Exception e) when (e is ImageProcessingException or IOException)
        {
            // Metadata that cannot be read leaves the picture as its pixels are; decoding it is what tells a damaged file.
            return 0;
        }
    }
}
