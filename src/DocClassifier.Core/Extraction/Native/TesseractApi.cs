using System.Runtime.InteropServices;

namespace DocClassifier.Extraction.Native;

/// <summary>The few functions of Tesseract's C API (capi.h, 5.x) we use. BOOL is int.</summary>
internal static partial class TesseractApi
{
    internal const int OemLstmOnly = 1;
    internal const int OemDefault = 3;
    internal const int LevelBlock = 0;     // RIL_BLOCK
    internal const int LevelLine = 2;      // RIL_TEXTLINE
    internal const int LevelWord = 3;      // RIL_WORD
    internal const int PsmAuto = 3;        // PSM_AUTO
    internal const int PsmSingleBlock = 6; // PSM_SINGLE_BLOCK
    internal const int PsmSingleLine = 7;  // PSM_SINGLE_LINE
    internal const int PsmRawLine = 13;    // PSM_RAW_LINE

    static TesseractApi() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessVersion")]
    internal static partial IntPtr Version();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPICreate")]
    internal static partial IntPtr Create();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIDelete")]
    internal static partial void Delete(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIInit2", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Init2(IntPtr handle, string? dataPath, string language, int engineMode);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetVariable(IntPtr handle, string name, string value);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetPageSegMode")]
    internal static partial void SetPageSegMode(IntPtr handle, int mode);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetImage2")]
    internal static partial void SetImage2(IntPtr handle, IntPtr pix);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetSourceResolution")]
    internal static partial void SetSourceResolution(IntPtr handle, int ppi);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPISetRectangle")]
    internal static partial void SetRectangle(IntPtr handle, int left, int top, int width, int height);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int Recognize(IntPtr handle, IntPtr monitor);

    /// <summary>Returns memory that must be freed with <see cref="DeleteText"/>.</summary>
    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetUTF8Text")]
    internal static partial IntPtr GetUtf8Text(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessDeleteText")]
    internal static partial void DeleteText(IntPtr text);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIMeanTextConf")]
    internal static partial int MeanTextConf(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIClear")]
    internal static partial void Clear(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIEnd")]
    internal static partial void End(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIGetIterator")]
    internal static partial IntPtr GetIterator(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorDelete")]
    internal static partial void ResultIteratorDelete(IntPtr iterator);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorGetPageIterator")]
    internal static partial IntPtr ResultIteratorGetPageIterator(IntPtr iterator);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorNext")]
    internal static partial int ResultIteratorNext(IntPtr iterator, int level);

    /// <summary>Returns memory that must be freed with <see cref="DeleteText"/>.</summary>
    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorGetUTF8Text")]
    internal static partial IntPtr ResultIteratorGetUtf8Text(IntPtr iterator, int level);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessPageIteratorBoundingBox")]
    internal static partial int PageIteratorBoundingBox(IntPtr iterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessPageIteratorIsAtBeginningOf")]
    internal static partial int PageIteratorIsAtBeginningOf(IntPtr iterator, int level);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessResultIteratorConfidence")]
    internal static partial float ResultIteratorConfidence(IntPtr iterator, int level);

    /// <summary>
    /// Tesseract's orientation and script detection (an engine initialised with the <c>osd</c> model) on the image set: how far
    /// the page lies turned, in degrees clockwise (0, 90, 180, 270; a page turned a quarter counter-clockwise is at 270), and
    /// how sure it is; the script's name is Tesseract's own memory.
    /// </summary>
    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessBaseAPIDetectOrientationScript")]
    internal static partial int DetectOrientationScript(IntPtr handle, out int orientationDegrees, out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessMonitorCreate")]
    internal static partial IntPtr MonitorCreate();

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessMonitorDelete")]
    internal static partial void MonitorDelete(IntPtr monitor);

    [LibraryImport(NativeLibraries.Tesseract, EntryPoint = "TessMonitorSetDeadlineMSecs")]
    internal static partial void MonitorSetDeadlineMSecs(IntPtr monitor, int deadline);
}
