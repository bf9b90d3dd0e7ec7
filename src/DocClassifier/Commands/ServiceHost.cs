using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocClassifier.Cli.Commands;

/// <summary>
/// Configuration as .NET users expect: appsettings.json beside the program, then environment
/// variables (DOCCLASSIFIER__BASEDIRECTORY, EXTRACTION__LANGUAGES ...), then the command's options.
/// </summary>
internal static class ServiceHost
{
    /// <summary>A host without a web server, for commands that work on the ledger and folders.</summary>
    public static HostApplicationBuilder CreateBuilder(IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        Configure(builder, overrides);
        return builder;
    }

    /// <summary>The service's host: workers, watcher and the web UI in one process.</summary>
    public static WebApplicationBuilder CreateWebBuilder(IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        Configure(builder, overrides);
        return builder;
    }

    public static IEnumerable<KeyValuePair<string, string?>> Overrides(string? baseDirectory, string? storage, string? connection) =>
    [
        new("DocClassifier:BaseDirectory", baseDirectory is null ? null : Path.GetFullPath(baseDirectory)),
        new("DocClassifier:Storage", storage),
        new("DocClassifier:ConnectionString", connection),
    ];

    private static void Configure(IHostApplicationBuilder builder, IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "DocClassifier");
    }
}
