using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using DocClassifier.Host.Service;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Host.Web.Api;
using DocClassifier.Host.Web.Health;
using DocClassifier.Extraction;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Storage;
using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace DocClassifier.Host.Web;

/// <summary>The review web UI, the REST API, health, metrics and the Hangfire dashboard, behind one login.</summary>
public static class WebRegistration
{
    private const string CookieOrKey = "CookieOrApiKey";

    /// <summary>Users and API keys, for the commands that manage them as well as for the web side.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSettings<WebOptions>(WebOptions.SectionName).ValidateDataAnnotations();
        services.AddSingleton(s => s.GetRequiredService<WebOptions>().SignIn);
        services.AddSingleton<AccountService>();
        return services;
    }

    /// <summary>The web side, on a node with the web role.</summary>
    /// <param name="configuration">
    /// Read here for the keys' certificate only: data protection takes the certificate that decrypts its keys when it is
    /// registered (the options it would go into are internal). Everything else is bound and checked at start.
    /// </param>
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, ServiceRoles roles)
    {
        if (!roles.HasFlag(ServiceRoles.Web))
        {
            return services;
        }

        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInThrottle.AddressPolicy, context => SignInThrottle.ByAddress(context, context.RequestServices.GetRequiredService<SignInOptions>()));
            o.OnRejected = SignInThrottle.LogRejectedAsync;
        });
        services.AddSingleton<SessionCookieEvents>();
        services.AddSingleton<UploadIntake>();
        services.AddSingleton(s => new PageThumbnails(s.GetRequiredService<ExtractionOptions>()));
        services.AddSingleton<StackThumbnails>();

        // Login cookies stay valid across restarts and on every node that shares the base folder. The keys sign
        // every cookie: their folder is the service account's alone, and they can be encrypted at rest.
        var dataProtection = services.AddDataProtection().SetApplicationName("DocClassifier");
        services.AddOptions<KeyManagementOptions>().Configure<WebOptions, ServiceOptions, ILoggerFactory>((keys, web, service, logging) =>
        {
            keys.XmlRepository = new FileSystemXmlRepository(PrivateKeyFolder.Prepare(service.Folder(web.KeysFolder, "keys")), logging);
            if (web.ProtectKeysWithDpapi && OperatingSystem.IsWindows() && web.KeysCertificatePath is not { Length: > 0 })
            {
                keys.XmlEncryptor = new DpapiXmlEncryptor(protectToLocalMachine: false, logging);
            }
        });
        if (configuration.GetValue<string?>($"{WebOptions.SectionName}:{nameof(WebOptions.KeysCertificatePath)}") is { Length: > 0 } certificate)
        {
            // Given for decryption too: the certificate need not be in a certificate store.
            var loaded = X509CertificateLoader.LoadPkcs12FromFile(certificate, configuration.GetValue<string?>($"{WebOptions.SectionName}:{nameof(WebOptions.KeysCertificatePassword)}"));
            dataProtection.ProtectKeysWithCertificate(loaded).UnprotectKeysWithAnyCertificate(loaded);
        }

        services.AddAuthentication(CookieOrKey)
            .AddPolicyScheme(CookieOrKey, "Login cookie, or an API key for bots", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.Cookie.Name = "docclassifier";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.EventsType = typeof(SessionCookieEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme).Configure<WebOptions>((o, web) =>
            o.Cookie.SecurePolicy = web.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        // The fallback covers every endpoint without a policy of its own (the OpenAPI document, anything mapped
        // later): it needs a signed-in user or an API key unless it is marked anonymous, as only /login,
        // /health and /metrics are.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(AccountRoles.Reviewer, AccountRoles.Admin).Build())
            .AddPolicy(Policies.Reviewer, p => p.RequireRole(AccountRoles.Reviewer, AccountRoles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(AccountRoles.Admin));

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/", Policies.Reviewer);
                o.Conventions.AllowAnonymousToPage("/Login");
            })
            .AddApplicationPart(typeof(WebRegistration).Assembly);
        // Chinese text goes into pages as it is, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<FoldersHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<LedgerHealthCheck>("ledger")
            .AddCheck<FoldersHealthCheck>("storage")
            .AddCheck<OcrHealthCheck>("ocr");
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(PipelineMetrics.MeterName).AddPrometheusExporter());
        services.AddOptions<FormOptions>().Configure<WebOptions>((o, web) => o.MultipartBodyLengthLimit = web.MaxUploadBytes);
        services.AddOptions<KestrelServerOptions>().Configure<WebOptions>((o, web) => o.Limits.MaxRequestBodySize = web.MaxUploadBytes + (1 << 20));
        return services;
    }

    public static IApplicationBuilder UseWebUi(this IApplicationBuilder app)
    {
        // The instruments exist from the start, so /metrics shows the queues before the first job.
        _ = app.ApplicationServices.GetRequiredService<PipelineMetrics>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CookieApiAntiforgery>();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapRazorPages();
            endpoints.MapDocumentsApi();
            endpoints.MapReviewApi();
            endpoints.MapSpotCheckApi();
            endpoints.MapAdminApi();
            endpoints.MapDocumentFiles();
            endpoints.MapOpenApi();
            endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealth }).AllowAnonymous();
            endpoints.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
            endpoints.MapHangfireDashboardWithAuthorizationPolicy(Policies.Admin, "/hangfire", new DashboardOptions { Authorization = [], DashboardTitle = "DocClassifier jobs" });
        });
        return app;
    }

    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }));
    }
}
