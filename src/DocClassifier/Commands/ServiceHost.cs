using DocClassifier.Host.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocClassifier.Host.Commands;

/// <summary>
/// Configuration as .NET users expect: appsettings.json beside the program, then environment
/// variables (DOCCLASSIFIER__BASEDIRECTORY, EXTRACTION__LANGUAGES ...), then the command's options;
/// the services from the one <see cref="CompositionRoot"/>.
/// </summary>
internal static class ServiceHost
{
    /// <summary>A command's host: the service's services, without workers, watcher or web server.</summary>
    public static IHost CreateCommandHost(IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        Configure(builder, overrides, ServiceRoles.None);
        return builder.Build();
    }

    /// <summary>The service's host: what the node's roles ask of workers, watcher and the web UI, in one process.</summary>
    public static WebApplication CreateService(IEnumerable<KeyValuePair<string, string?>> overrides, ServiceRoles roles)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        Configure(builder, overrides, roles);
        return builder.Build();
    }

    /// <summary>Checks every setting now rather than at first use; throws one exception that names each bad one.</summary>
    public static void CheckSettings(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(object), e.InnerExceptions.SelectMany(i => ((OptionsValidationException)i).Failures));
        }
    }

    public static IEnumerable<KeyValuePair<string, string?>> Overrides(string? baseDirectory, string? storage, string? connection) =>
    [
        new("DocClassifier:BaseDirectory", baseDirectory is null ? null : Path.GetFullPath(baseDirectory)),
        new("DocClassifier:Storage", storage),
        new("DocClassifier:ConnectionString", connection),
    ];

    private static void Configure(IHostApplicationBuilder builder, IEnumerable<KeyValuePair<string, string?>> overrides, ServiceRoles roles)
    {
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "DocClassifier");
        builder.Services.AddDocClassifier(builder.Configuration, roles);
    }
}
