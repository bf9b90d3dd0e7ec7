using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Web.Accounts;

/// <summary>
/// Rate limits on sign-in posts: per client address through ASP.NET Core's rate-limiting middleware (the
/// <see cref="AddressPolicy"/> on the login page), and per name here, because the name is in the form, which a
/// partitioner cannot read. Both answer 429 when spent.
/// </summary>
public sealed partial class SignInThrottle(SignInOptions options) : IDisposable
{
    public const string AddressPolicy = "sign-in";

    private const int MaxNameLength = 64;

    private readonly PartitionedRateLimiter<string> byName = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => Window(options.AttemptsPerName, options)));

    /// <summary>The address partition for a request: sign-in posts count, the login page itself does not.</summary>
    public static RateLimitPartition<string> ByAddress(HttpContext context, SignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => Window(options.AttemptsPerAddress, options))
            : RateLimitPartition.GetNoLimiter(string.Empty);
    }

    public static string ClientAddress(HttpContext context) => context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>True when this name may try once more in the current window.</summary>
    public bool TryTake(string name)
    {
        // Names are short lower-case slugs: longer ones cannot exist, and share one partition instead of filling memory.
        var key = name.Trim().ToLowerInvariant();
        using var lease = byName.AttemptAcquire(key.Length <= MaxNameLength ? key : key[..MaxNameLength]);
        return lease.IsAcquired;
    }

    public void Dispose() => byName.Dispose();

    /// <summary>The middleware's rejection, logged as a failed sign-in like every other.</summary>
    public static ValueTask LogRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        LogThrottled(context.HttpContext.RequestServices.GetRequiredService<ILogger<SignInThrottle>>(), ClientAddress(context.HttpContext));
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in from {Address}: too many attempts from this address")]
    private static partial void LogThrottled(ILogger logger, string address);

    private static FixedWindowRateLimiterOptions Window(int permits, SignInOptions options) =>
        new() { PermitLimit = Math.Max(1, permits), Window = options.Window, QueueLimit = 0, AutoReplenishment = true };
}
