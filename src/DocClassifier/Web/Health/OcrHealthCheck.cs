using DocClassifier.Extraction.Native;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DocClassifier.Host.Web.Health;

/// <summary>Healthy when the native Tesseract and Leptonica libraries load; the version is reported.</summary>
public sealed class OcrHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(HealthCheckResult.Healthy($"Tesseract {System.Runtime.InteropServices.Marshal.PtrToStringUTF8(TesseractApi.Version())}"));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The Tesseract library cannot be loaded (install libtesseract5).", e));
        }
    }
}
