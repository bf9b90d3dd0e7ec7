using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DocClassifier.Cli.Commands;

/// <summary>
/// Configuration as .NET users expect: appsettings.json beside the program, then environment
/// variables (DOCCLASSIFIER__BASEDIRECTORY, EXTRACTION__LANGUAGES ...), then the command's options.
/// </summary>
internal static class ServiceHost
{
    public static HostApplicationBuilder CreateBuilder(IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "DocClassifier");
        return builder;
    }

    public static IEnumerable<KeyValuePair<string, string?>> Overrides(string? baseDirectory, string? storage, string? connection) =>
    [
        new("DocClassifier:BaseDirectory", baseDirectory is null ? null : Path.GetFullPath(baseDirectory)),
        new("DocClassifier:Storage", storage),
        new("DocClassifier:ConnectionString", connection),
    ];
}
