using DocClassifier.Host.Service;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DocClassifier.Host.Web.Health;

/// <summary>
/// Healthy when every folder the service writes to exists (or can be made) and takes a file. The probe writes one
/// small file per folder, so its answer is kept for <see cref="CacheFor"/>: a monitor that polls /health every
/// second costs six file writes per half minute, not per call. One instance serves every call (a singleton).
/// </summary>
public sealed class FoldersHealthCheck(ServiceFolders folders, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private (HealthCheckResult Result, DateTimeOffset At)? last;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (last is not { } cached || now - cached.At >= CacheFor || now < cached.At)
            {
                last = cached = (Probe(), now);
            }

            return Task.FromResult(cached.Result);
        }
    }

    private HealthCheckResult Probe()
    {
        var failing = new List<string>();
        foreach (var folder in new[] { folders.Inbox, folders.Results, folders.Failed, folders.Archive, folders.Duplicates, folders.Work })
        {
            try
            {
                Directory.CreateDirectory(folder);
                var probe = Path.Combine(folder, $".health-{Guid.NewGuid():N}.tmp");
                File.WriteAllText(probe, "ok");
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failing.Add($"{folder}: {e.Message}");
            }
        }

        return failing.Count == 0
            ? HealthCheckResult.Healthy("All folders are writable.")
            : HealthCheckResult.Unhealthy("Not writable: " + string.Join("; ", failing));
    }
}
