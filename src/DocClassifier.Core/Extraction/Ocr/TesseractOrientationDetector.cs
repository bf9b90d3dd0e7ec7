using DocClassifier.Extraction.Native;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Tesseract's orientation and script detection (its <c>osd</c> model, Debian's <c>tesseract-ocr-osd</c>): one engine,
/// loaded on first use and shared under a lock (only pages read with little confidence are asked). Without the model the
/// detector tells nothing and pages keep the reading they had.
/// </summary>
internal sealed class TesseractOrientationDetector(string? tessdataPath) : IOrientationDetector, IDisposable
{
    private readonly Lock gate = new();
    private IntPtr handle;
    private bool unavailable;

    public PageTurn? Detect(Pix image)
    {
        ArgumentNullException.ThrowIfNull(image);
        lock (gate)
        {
            if (!Loaded())
            {
                return null;
            }

            try
            {
                TesseractApi.SetImage2(handle, image.Pointer);
                if (image.Resolution > 0)
                {
                    TesseractApi.SetSourceResolution(handle, image.Resolution);
                }

                // Fails on a page with too few characters to tell.
                if (TesseractApi.DetectOrientationScript(handle, out var degrees, out var confidence, out _, out _) == 0)
                {
                    return null;
                }

                // Tesseract gives how far the page lies turned clockwise (a page turned a quarter counter-clockwise is at 270);
                // what is left of the full turn makes it upright.
                return new PageTurn((4 - (degrees / 90 % 4)) % 4, confidence);
            }
            finally
            {
                TesseractApi.Clear(handle);
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (handle != IntPtr.Zero)
            {
                TesseractApi.End(handle);
                TesseractApi.Delete(handle);
                handle = IntPtr.Zero;
            }

            // Disposed, it tells nothing more rather than loading the model again.
            unavailable = true;
        }
    }

    private bool Loaded()
    {
        if (handle != IntPtr.Zero || unavailable)
        {
            return !unavailable;
        }

        var created = TesseractApi.Create();
        if (created == IntPtr.Zero || TesseractApi.Init2(created, tessdataPath, "osd", TesseractApi.OemDefault) != 0)
        {
            if (created != IntPtr.Zero)
            {
                TesseractApi.Delete(created);
            }

            unavailable = true;
            return false;
        }

        _ = TesseractApi.SetVariable(created, "debug_file", OperatingSystem.IsWindows() ? "NUL" : "/dev/null");
        handle = created;
        return true;
    }
}
