namespace DocClassifier.Tests.Support;

/// <summary>A JPEG given an Exif segment that holds only an orientation, as a camera writes it.</summary>
internal static class ExifJpeg
{
    public static byte[] WithOrientation(byte[] jpeg, int orientation)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        byte[] segment =
        [
            0xFF, 0xE1, 0x00, 0x22,                           // APP1, 34 bytes with this length
            (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A, 0, 0, 0, 8,     // big-endian TIFF header, first directory at 8
            0x00, 0x01,                                       // one entry:
            0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1,               // Orientation, SHORT, one value
            0x00, (byte)orientation, 0, 0,
            0, 0, 0, 0,                                       // no next directory
        ];

        // After the start-of-image marker, before everything else.
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }
}
