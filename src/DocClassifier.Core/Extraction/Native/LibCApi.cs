using System.Runtime.InteropServices;

namespace DocClassifier.Extraction.Native;

/// <summary>The C library's own environment, which native libraries read.</summary>
internal static partial class LibCApi
{
    [LibraryImport(NativeLibraries.LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetEnv(string name, string value, int overwrite);
}
