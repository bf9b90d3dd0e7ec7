using System.Runtime.InteropServices;

namespace DocClassifier.Tests.SearchablePdf;

/// <summary>
/// Little CMS 2 (liblcms2-2, which poppler-utils brings), the colour engine of poppler and Ghostscript: a profile it
/// opens and converts with is one a PDF reader can use.
/// </summary>
internal static partial class LittleCms
{
    public const uint ColourSpaceRgb = 0x52474220; // 'RGB '
    public const uint ClassDisplay = 0x6D6E7472; // 'mntr'
    public const uint Rgb8 = (4 << 16) | (3 << 3) | 1; // TYPE_RGB_8: PT_RGB, 3 channels, 1 byte each

    private const string Library = "liblcms2.so.2";

    [LibraryImport(Library, EntryPoint = "cmsOpenProfileFromMem")]
    public static partial IntPtr OpenProfileFromMem(byte[] data, uint size);

    [LibraryImport(Library, EntryPoint = "cmsCreate_sRGBProfile")]
    public static partial IntPtr CreateSrgbProfile();

    [LibraryImport(Library, EntryPoint = "cmsCloseProfile")]
    public static partial int CloseProfile(IntPtr profile);

    [LibraryImport(Library, EntryPoint = "cmsGetColorSpace")]
    public static partial uint GetColorSpace(IntPtr profile);

    [LibraryImport(Library, EntryPoint = "cmsGetDeviceClass")]
    public static partial uint GetDeviceClass(IntPtr profile);

    [LibraryImport(Library, EntryPoint = "cmsCreateTransform")]
    public static partial IntPtr CreateTransform(IntPtr input, uint inputFormat, IntPtr output, uint outputFormat, uint intent, uint flags);

    [LibraryImport(Library, EntryPoint = "cmsDoTransform")]
    public static partial void DoTransform(IntPtr transform, byte[] input, byte[] output, uint pixels);

    [LibraryImport(Library, EntryPoint = "cmsDeleteTransform")]
    public static partial void DeleteTransform(IntPtr transform);
}
