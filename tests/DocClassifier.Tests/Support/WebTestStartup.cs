using DocClassifier.Cli.Service;
using DocClassifier.Cli.Web;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Tests.Support;

/// <summary>The service's web side with the same registrations as <c>docclassifier run</c>, minus the workers: nothing processes behind a test's back.</summary>
internal sealed class WebTestStartup(IConfiguration configuration)
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddPipeline(configuration).AddWebUi(configuration);
        services.AddHangfire(hangfire => hangfire.UseInMemoryStorage());
        services.AddSingleton<DocumentJobs>();
    }

    public static void Configure(IApplicationBuilder app) => app.UseWebUi();
}
