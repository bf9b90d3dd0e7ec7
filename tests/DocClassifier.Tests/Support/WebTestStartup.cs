using DocClassifier.Host;
using DocClassifier.Host.Service;
using DocClassifier.Host.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Tests.Support;

/// <summary>The service's web side from the program's own composition root, as a web-only node: no workers, so nothing processes behind a test's back.</summary>
internal sealed class WebTestStartup(IConfiguration configuration)
{
    public void ConfigureServices(IServiceCollection services) => services.AddDocClassifier(configuration, ServiceRoles.Web);

    public static void Configure(IApplicationBuilder app) => app.UseWebUi();
}
