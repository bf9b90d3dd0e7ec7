using System.Net;
using System.Net.Http.Headers;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>A page of the same site cannot make a signed-in browser change state through the API: cookie calls need the anti-forgery token, bots their API key.</summary>
[Category("Web")]
public sealed class ApiForgeryTests
{
    private WebWorld world = null!;

    [OneTimeSetUp]
    public void Start() => world = new WebWorld();

    [OneTimeTearDown]
    public void Stop() => world.Dispose();

    [Test]
    public async Task AnUpload_WithOnlyTheLoginCookie_IsRefused_AndNothingIsTaken()
    {
        using var browser = await world.SignedInAsync("cleo", AccountRoles.Admin);

        using var response = await browser.PostAsync(new Uri("/api/documents", UriKind.Relative), Upload(MinimalPdf.WithPages(1), "forged-upload.pdf"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("anti-forgery token"));
        Assert.That(world.Search.Search(new DocumentQuery { Text = "forged-upload" }), Is.Empty);
    }

    [Test]
    public async Task AnUpload_WithTheCookieAndThePagesToken_OrWithAnApiKey_IsTaken()
    {
        using var browser = await world.SignedInAsync("cora", AccountRoles.Reviewer);
        using var bot = world.WithApiKey(AccountRoles.Reviewer);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = Upload(MinimalPdf.WithPages(3), "with-token.pdf") };
        request.Headers.Add("RequestVerificationToken", await WebWorld.AntiforgeryTokenAsync(browser, "/"));

        using var withToken = await browser.SendAsync(request);
        using var withKey = await bot.PostAsync(new Uri("/api/documents", UriKind.Relative), Upload(MinimalPdf.WithPages(4), "with-key.pdf"));

        Assert.That(withToken.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(withKey.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ARetry_WithOnlyTheLoginCookie_IsRefused_ButWithAnApiKeyItWorks()
    {
        var id = Failed();
        using var browser = await world.SignedInAsync("carla", AccountRoles.Admin);
        using var admin = world.WithApiKey(AccountRoles.Admin);

        using var forged = await browser.PostAsync(new Uri($"/api/admin/documents/{id}/retry", UriKind.Relative), null);
        var stateAfterForgery = world.Ledger.Find(id)!.State;
        using var retried = await admin.PostAsync(new Uri($"/api/admin/documents/{id}/retry", UriKind.Relative), null);

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(stateAfterForgery, Is.EqualTo(DocumentState.Failed), "nothing was retried");
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.Received));
    }

    [Test]
    public async Task ClaimingTheNextItem_IsAPost_AndAGetClaimsNothing()
    {
        using var claimWorld = new WebWorld();
        var id = claimWorld.PendingReview();
        using var bot = claimWorld.WithApiKey(AccountRoles.Reviewer);

        using var get = await bot.GetAsync(new Uri("/api/review/next", UriKind.Relative));
        var claimedByGet = claimWorld.Ledger.Find(id)!.ClaimedBy;
        using var post = await bot.PostAsync(new Uri("/api/review/next", UriKind.Relative), null);

        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(claimedByGet, Is.Null);
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(claimWorld.Ledger.Find(id)!.ClaimedBy, Does.StartWith("key:"));
    }

    private string Failed()
    {
        var id = world.PendingReview();
        world.Ledger.TryChange(id, new StateChange(DocumentState.PendingReview, DocumentState.Processing, "test"));
        world.Ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Failed, "system", "damaged") { ErrorCode = "CorruptFile" });
        return id;
    }

    private static MultipartFormDataContent Upload(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
