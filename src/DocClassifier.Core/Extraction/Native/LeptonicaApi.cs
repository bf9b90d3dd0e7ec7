using System.Runtime.InteropServices;

namespace DocClassifier.Extraction.Native;

/// <summary>The few Leptonica functions we use (allheaders.h, 1.82). Every returned PIX* is ours to destroy.</summary>
internal static unsafe partial class LeptonicaApi
{
    internal const int FormatJpeg = 2;     // IFF_JFIF_JPEG
    internal const int FormatPng = 3;      // IFF_PNG
    internal const int FormatTiffG4 = 8;   // IFF_TIFF_G4
    internal const int FormatTiffZip = 10; // IFF_TIFF_ZIP
    internal const int SeverityNone = 6;   // L_SEVERITY_NONE
    internal const int RasterClear = 0;    // PIX_CLR: 0 bits (white in 1 bpp, black in 8 bpp)
    internal const int RasterSet = 0xf;    // PIX_SET: 1 bits (black in 1 bpp, white in 8 bpp)
    internal const int RasterSource = 0xc; // PIX_SRC: copy the source
    internal const int RasterPaint = 0xe;  // PIX_PAINT: source or destination (1 bpp: add the source's set pixels)
    internal const int SelectWidth = 1;     // L_SELECT_WIDTH: the width meets the condition
    internal const int SelectHeight = 2;    // L_SELECT_HEIGHT: the height meets the condition
    internal const int SelectIfBoth = 6;    // L_SELECT_IF_BOTH: width and height both meet the condition
    internal const int SelectIfAtMost = 3;  // L_SELECT_IF_LTE
    internal const int SelectIfAtLeast = 4; // L_SELECT_IF_GTE

    static LeptonicaApi() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixReadMem")]
    internal static partial IntPtr PixReadMem(byte* data, nuint size);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixReadHeaderMem")]
    internal static partial int PixReadHeaderMem(
        byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixReadMemFromMultipageTiff")]
    internal static partial IntPtr PixReadMemFromMultipageTiff(byte* data, nuint size, ref nuint offset);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixCreate")]
    internal static partial IntPtr PixCreate(int width, int height, int depth);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixDestroy")]
    internal static partial void PixDestroy(ref IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetWidth")]
    internal static partial int PixGetWidth(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetHeight")]
    internal static partial int PixGetHeight(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetDepth")]
    internal static partial int PixGetDepth(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetXRes")]
    internal static partial int PixGetXRes(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetYRes")]
    internal static partial int PixGetYRes(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSetResolution")]
    internal static partial int PixSetResolution(IntPtr pix, int xres, int yres);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixConvertTo8")]
    internal static partial IntPtr PixConvertTo8(IntPtr pix, int colormapFlag);

    /// <summary>Picks the right method by depth and factor (linear interpolation up, area mapping down).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixScale")]
    internal static partial IntPtr PixScale(IntPtr pix, float scaleX, float scaleY);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixFindSkew")]
    internal static partial int PixFindSkew(IntPtr binary, out float angleDegrees, out float confidence);

    /// <summary>The skew of a 1 bpp image searched within ±<paramref name="sweepRange"/> degrees (pixFindSkew searches ±7).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixFindSkewSweepAndSearch")]
    internal static partial int PixFindSkewSweepAndSearch(
        IntPtr binary, out float angleDegrees, out float confidence, int sweepReduction, int searchReduction, float sweepRange, float sweepDelta, float minSearchDelta);

    /// <summary>The image turned clockwise by <paramref name="quarterTurns"/> times 90 degrees (0-3).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixRotateOrth")]
    internal static partial IntPtr PixRotateOrth(IntPtr pix, int quarterTurns);

    /// <summary>Rotation in radians; type 2 is L_ROTATE_AREA_MAP, fill 1 is L_BRING_IN_WHITE.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixRotate")]
    internal static partial IntPtr PixRotate(IntPtr pix, float angleRadians, int type, int fill, int width, int height);

    /// <summary>Sets every pixel under the mask's foreground to the value (255 is white in grey).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSetMasked")]
    internal static partial int PixSetMasked(IntPtr destination, IntPtr mask, uint value);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSauvolaBinarizeTiled")]
    internal static partial int PixSauvolaBinarizeTiled(IntPtr pix, int halfWindow, float factor, int tilesX, int tilesY, IntPtr thresholds, out IntPtr binary);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixThresholdToBinary")]
    internal static partial IntPtr PixThresholdToBinary(IntPtr pix, int threshold);

    /// <summary>Opening with a long brick built from smaller ones: many times faster than a plain brick of that size.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixOpenCompBrick")]
    internal static partial IntPtr PixOpenCompBrick(IntPtr destination, IntPtr source, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixDilateBrick")]
    internal static partial IntPtr PixDilateBrick(IntPtr destination, IntPtr source, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixErodeBrick")]
    internal static partial IntPtr PixErodeBrick(IntPtr destination, IntPtr source, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixCloseSafeBrick")]
    internal static partial IntPtr PixCloseSafeBrick(IntPtr destination, IntPtr source, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixBlockconv")]
    internal static partial IntPtr PixBlockconv(IntPtr source, int halfWidth, int halfHeight);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixOpenBrick")]
    internal static partial IntPtr PixOpenBrick(IntPtr destination, IntPtr source, int width, int height);

    /// <summary>Grows the seed's foreground within the mask's, as far as the mask's connected ink reaches (8 or 4 connectivity).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSeedfillBinary")]
    internal static partial IntPtr PixSeedfillBinary(IntPtr destination, IntPtr seed, IntPtr mask, int connectivity);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixOr")]
    internal static partial IntPtr PixOr(IntPtr destination, IntPtr source1, IntPtr source2);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixAnd")]
    internal static partial IntPtr PixAnd(IntPtr destination, IntPtr source1, IntPtr source2);

    /// <summary>
    /// The connected components of a binary image that meet a size condition, e.g. <see cref="SelectIfBoth"/> with
    /// <see cref="SelectIfAtMost"/>: those at most so wide and so tall.
    /// </summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSelectBySize")]
    internal static partial IntPtr PixSelectBySize(IntPtr source, int width, int height, int connectivity, int type, int relation, IntPtr changed);

    /// <summary>The connected components whose width over height meets the condition (<see cref="SelectIfAtMost"/> ...).</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSelectByWidthHeightRatio")]
    internal static partial IntPtr PixSelectByWidthHeightRatio(IntPtr source, float threshold, int connectivity, int relation, IntPtr changed);

    /// <summary>The connected components whose pixels fill a share of their box that meets the condition.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSelectByAreaFraction")]
    internal static partial IntPtr PixSelectByAreaFraction(IntPtr source, float threshold, int connectivity, int relation, IntPtr changed);

    /// <summary>The holes of a binary image's marks (white regions no path of white reaches the image's edge from), as set pixels.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixHolesByFilling")]
    internal static partial IntPtr PixHolesByFilling(IntPtr source, int connectivity);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSubtract")]
    internal static partial IntPtr PixSubtract(IntPtr destination, IntPtr source1, IntPtr source2);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetData")]
    internal static partial uint* PixGetData(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixGetWpl")]
    internal static partial int PixGetWpl(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSetPadBits")]
    internal static partial int PixSetPadBits(IntPtr pix, int value);

    /// <summary>A new image of the rectangle (clipped to the image); the last argument (BOX**) may be zero.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixClipRectangle")]
    internal static partial IntPtr PixClipRectangle(IntPtr pix, IntPtr box, IntPtr clippedBox);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxCreate")]
    internal static partial IntPtr BoxCreate(int x, int y, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxDestroy")]
    internal static partial void BoxDestroy(ref IntPtr box);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixCopy")]
    internal static partial IntPtr PixCopy(IntPtr destination, IntPtr source);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixInvert")]
    internal static partial IntPtr PixInvert(IntPtr destination, IntPtr source);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixConnComp")]
    internal static partial IntPtr PixConnComp(IntPtr pix, IntPtr components, int connectivity);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxaGetCount")]
    internal static partial int BoxaGetCount(IntPtr boxes);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxaGetBoxGeometry")]
    internal static partial int BoxaGetBoxGeometry(IntPtr boxes, int index, out int x, out int y, out int width, out int height);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "boxaDestroy")]
    internal static partial void BoxaDestroy(ref IntPtr boxes);

    /// <summary>With no source, fills a rectangle: <see cref="RasterClear"/> or <see cref="RasterSet"/>.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixRasterop")]
    internal static partial int PixRasterop(IntPtr destination, int x, int y, int width, int height, int operation, IntPtr source, int sourceX, int sourceY);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixWriteMem")]
    internal static partial int PixWriteMem(out IntPtr data, out nuint size, IntPtr pix, int format);

    /// <summary>Sets the image's text, which a TIFF carries as its ImageDescription.</summary>
    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixSetText", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int PixSetText(IntPtr pix, string text);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "pixWriteTiff", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int PixWriteTiff(string fileName, IntPtr pix, int compression, string mode);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "lept_free")]
    internal static partial void LeptFree(IntPtr pointer);

    [LibraryImport(NativeLibraries.Leptonica, EntryPoint = "setMsgSeverity")]
    internal static partial int SetMsgSeverity(int severity);
}
