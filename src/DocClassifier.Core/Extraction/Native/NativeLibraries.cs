using System.Reflection;
using System.Runtime.InteropServices;

namespace DocClassifier.Extraction.Native;

/// <summary>
/// Finds Tesseract and Leptonica under the names each operating system ships them with,
/// and limits OpenMP before either is loaded.
/// </summary>
internal static partial class NativeLibraries
{
    internal const string Tesseract = "tesseract";
    internal const string Leptonica = "lept";
    internal const string LibC = "c";

    // Debian's runtime packages ship only the versioned names; the unversioned ones come with -dev.
    // Windows names cover the UB Mannheim installer, vcpkg and MSYS2 builds.
    private static readonly Dictionary<string, string[]> Candidates = new(StringComparer.Ordinal)
    {
        [Tesseract] = OperatingSystem.IsWindows()
            ? ["libtesseract-5.dll", "tesseract55.dll", "tesseract54.dll", "tesseract53.dll", "tesseract50.dll"]
            : OperatingSystem.IsMacOS()
                ? ["libtesseract.5.dylib", "libtesseract.dylib"]
                : ["libtesseract.so.5", "libtesseract.so"],
        [Leptonica] = OperatingSystem.IsWindows()
            ? ["libleptonica-6.dll", "leptonica-1.84.1.dll", "leptonica-1.83.1.dll", "leptonica-1.82.0.dll", "liblept-5.dll"]
            : OperatingSystem.IsMacOS()
                ? ["libleptonica.6.dylib", "liblept.5.dylib", "libleptonica.dylib"]
                : ["liblept.so.5", "libleptonica.so.6", "liblept.so"],
        [LibC] = OperatingSystem.IsMacOS() ? ["libSystem.dylib"] : ["libc.so.6"],
    };

    private static int registered;

    /// <summary>Registers the resolver once; every binding calls this before its first native call.</summary>
    internal static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (!Candidates.TryGetValue(name, out var names))
        {
            return IntPtr.Zero;
        }

        if (name == Tesseract)
        {
            LimitOpenMpThreads();
        }

        foreach (var candidate in names)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(
            $"Could not load the native library '{name}' (tried {string.Join(", ", names)}). " +
            "On Debian/Ubuntu run scripts/setup.sh (packages libtesseract5, liblept5); on Windows put the " +
            "Tesseract DLLs on PATH (see README).");
    }

    // OpenMP's default makes a page 2-3.6x slower on two cores. libgomp reads OMP_THREAD_LIMIT
    // from the C environment when it loads, which Environment.SetEnvironmentVariable does not reach.
    private static void LimitOpenMpThreads()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT")))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Environment.SetEnvironmentVariable("OMP_THREAD_LIMIT", "1");
            return;
        }

        _ = LibCApi.SetEnv("OMP_THREAD_LIMIT", "1", 1);
    }
}
