using System.Runtime.InteropServices;
using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Reads single words of Latin letters and digits with a Latin-script model, for an engine whose own model is
/// Chinese: chi_tra reads a serif invoice number SX58421758 as SX5S842175S and 53812386 as 53812385, which eng
/// reads right. Loaded on the first word it is given (one more model per engine, eng ~28 MB); one per engine,
/// so not thread-safe.
/// </summary>
internal sealed class LatinWordReader : IDisposable
{
    private readonly string languages;
    private readonly string? tessdataPath;
    private IntPtr handle;
    private bool unavailable;

    public LatinWordReader(string languages, string? tessdataPath)
    {
        this.languages = languages;
        this.tessdataPath = tessdataPath;
    }

    /// <summary>Sets the page the next words are read from (kept by reference, not copied).</summary>
    public bool Begin(Pix image)
    {
        if (!Loaded())
        {
            return false;
        }

        TesseractApi.SetImage2(handle, image.Pointer);
        if (image.Resolution > 0)
        {
            TesseractApi.SetSourceResolution(handle, image.Resolution);
        }

        return true;
    }

    /// <summary>The text in <paramref name="area"/> of the page given to <see cref="Begin"/>, read as one line, and its confidence.</summary>
    public (string Text, int Confidence) Read(PixelRect area)
    {
        TesseractApi.SetRectangle(handle, area.X, area.Y, area.Width, area.Height);
        var text = TesseractApi.GetUtf8Text(handle);
        try
        {
            var read = text == IntPtr.Zero ? string.Empty : Marshal.PtrToStringUTF8(text) ?? string.Empty;
            return (read.Trim().Replace('\n', ' '), Math.Max(0, TesseractApi.MeanTextConf(handle)));
        }
        finally
        {
            if (text != IntPtr.Zero)
            {
                TesseractApi.DeleteText(text);
            }
        }
    }

    // A machine without the Latin model reads on without it.
    private bool Loaded()
    {
        if (handle != IntPtr.Zero || unavailable)
        {
            return !unavailable;
        }

        handle = TesseractApi.Create();
        if (handle == IntPtr.Zero || TesseractApi.Init2(handle, tessdataPath, languages, TesseractApi.OemLstmOnly) != 0)
        {
            Dispose();
            unavailable = true;
            return false;
        }

        _ = TesseractApi.SetVariable(handle, "debug_file", OperatingSystem.IsWindows() ? "NUL" : "/dev/null");
        _ = TesseractApi.SetVariable(handle, "tessedit_do_invert", "0");
        TesseractApi.SetPageSegMode(handle, TesseractApi.PsmSingleLine);
        return true;
    }

    public void Dispose()
    {
        if (handle == IntPtr.Zero)
        {
            return;
        }

        TesseractApi.End(handle);
        TesseractApi.Delete(handle);
        handle = IntPtr.Zero;
    }
}
