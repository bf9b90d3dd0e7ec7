using DocClassifier.Host.Service;
using DocClassifier.Host.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Host;

/// <summary>
/// The one place the program is assembled, stage by stage as a document goes through it: used by <c>run</c>, by every
/// other command (roles <see cref="ServiceRoles.None"/>: the same services, no workers, watcher or web server) and by
/// the web tests. Settings are bound from configuration and checked at start.
/// </summary>
public static class CompositionRoot
{
    public static IServiceCollection AddDocClassifier(this IServiceCollection services, IConfiguration configuration, ServiceRoles roles) =>
        services
            .AddServiceSettings()
            .AddStorage()
            .AddIntake()
            .AddExtraction()
            .AddSplitting()
            .AddClassification()
            .AddFields()
            .AddResultRouting()
            .AddProcessing()
            .AddReview()
            .AddLearning()
            .AddDocumentQueue(roles)
            .AddNode(roles)
            .AddAccounts()
            .AddWeb(configuration, roles);
}
