using System.Net;
using System.Text.Json;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>The web side gets documents processed through the one document queue: uploads and both retries.</summary>
[Category("Web")]
public sealed class DocumentQueueCallersTests
{
    private readonly RecordingQueue queue = new();
    private WebWorld world = null!;

    [OneTimeSetUp]
    public void Start() => world = new WebWorld(queue: queue);

    [OneTimeTearDown]
    public void Stop() => world.Dispose();

    [Test]
    public async Task ANewUpload_IsQueued_ButADuplicateIsNot()
    {
        using var bot = world.WithApiKey(AccountRoles.Reviewer);
        var content = MinimalPdf.WithPages(3);

        using var first = await bot.PostAsync(new Uri("/api/documents", UriKind.Relative), Uploads.Of(content, "first.pdf"));
        using var copy = await bot.PostAsync(new Uri("/api/documents", UriKind.Relative), Uploads.Of(content, "copy.pdf"));
        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetString();

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(copy.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(queue.Enqueued.Count(q => q == id), Is.EqualTo(1), "the duplicate is recorded, not processed again");
    }

    [Test]
    public async Task ARetryThroughTheApi_IsQueued()
    {
        var id = world.Failed();
        using var admin = world.WithApiKey(AccountRoles.Admin);

        using var response = await admin.PostAsync(new Uri($"/api/admin/documents/{id}/retry", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(queue.Enqueued, Does.Contain(id));
        Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.Received));
    }

    [Test]
    public async Task ARetryFromTheFailedPage_IsQueued()
    {
        var id = world.Failed();
        using var admin = await world.SignedInAsync("queue-admin", AccountRoles.Admin);
        var token = await WebWorld.AntiforgeryTokenAsync(admin, "/failed");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var response = await admin.PostAsync(new Uri($"/failed?handler=Retry&id={id}", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(queue.Enqueued, Does.Contain(id));
    }
}
