using DocClassifier.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DocClassifier.Host.Web.Health;

/// <summary>Healthy when the ledger answers a query.</summary>
public sealed class LedgerHealthCheck(IDocumentLedger ledger) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = ledger.Count(DocumentState.PendingReview);
            return Task.FromResult(HealthCheckResult.Healthy($"{pending} documents wait for review."));
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The ledger database does not answer.", e));
        }
    }
}
