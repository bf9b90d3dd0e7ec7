using DocClassifier.Host;
using DocClassifier.Host.Service;
using DocClassifier.Intake;
using DocClassifier.Processing;
using DocClassifier.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocClassifier.Tests.Service;

/// <summary>The inbox watcher gets documents processed through the one document queue.</summary>
public sealed class DocumentQueueIntakeTests
{
    [Test]
    public async Task AFileDroppedIntoTheInbox_IsQueuedThroughTheDocumentQueue_Once()
    {
        using var folder = new TempFolder();
        var queue = new RecordingQueue();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DocClassifier:BaseDirectory"] = folder.Path,
            ["DocClassifier:StableForSeconds"] = "0",
            ["DocClassifier:RescanSeconds"] = "0.2",
            ["Learning:Schedule"] = "never",
        });
        builder.Services.AddDocClassifier(builder.Configuration, ServiceRoles.Intake).AddSingleton<IDocumentQueue>(queue);
        using var host = builder.Build();
        await host.StartAsync();

        var file = InboxFiles.BornDigital(Path.Combine(folder.Path, "staging"), 1)[0];
        var id = DocumentIntake.HashOf(file);
        InboxFiles.Drop([file], Path.Combine(folder.Path, "inbox"));
        InboxFiles.WaitUntil(() => queue.Enqueued.Contains(id), TimeSpan.FromMinutes(1), "the watcher did not queue the document");
        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.That(queue.Enqueued, Is.EqualTo(new[] { id }));
    }
}
