using DocClassifier.Cli.Service;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DocClassifier.Cli.Web.Health;

/// <summary>Healthy when every folder the service writes to exists (or can be made) and takes a file.</summary>
public sealed class FoldersHealthCheck(ServiceFolders folders) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
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

        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy("All folders are writable.")
            : HealthCheckResult.Unhealthy("Not writable: " + string.Join("; ", failing)));
    }
}
