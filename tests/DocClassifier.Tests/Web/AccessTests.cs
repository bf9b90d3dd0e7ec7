using System.Net;
using System.Net.Http.Json;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocClassifier.Tests.Web;

/// <summary>Who gets in where: login redirects, 401 and 403, anti-forgery, and ids that try to leave the archive.</summary>
[Category("Web")]
public sealed class AccessTests
{
    private WebWorld world = null!;

    [OneTimeSetUp]
    public void Start() => world = new WebWorld();

    [OneTimeTearDown]
    public void Stop() => world.Dispose();

    [TestCase("/")]
    [TestCase("/documents")]
    [TestCase("/stats")]
    [TestCase("/hangfire")]
    public async Task Pages_SendAnUnauthenticatedBrowserToTheLoginPage(string page)
    {
        using var client = world.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/login?ReturnUrl="));
    }

    [TestCase("GET", "/api/documents")]
    [TestCase("POST", "/api/review/next")]
    [TestCase("GET", "/api/admin/api-keys")]
    public async Task TheApi_Answers401_WithoutCredentials(string method, string path)
    {
        using var client = world.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task AnUnknownApiKey_Is401()
    {
        using var client = world.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "dck_not-a-key");
        using var response = await client.GetAsync(new Uri("/api/documents", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task AReviewer_Gets403_OnTheHangfireDashboardAndAdminEndpoints()
    {
        using var browser = await world.SignedInAsync("rita", AccountRoles.Reviewer);
        using var bot = world.WithApiKey(AccountRoles.Reviewer);

        using var dashboard = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var keys = await bot.PostAsJsonAsync(new Uri("/api/admin/api-keys", UriKind.Relative), new { name = "x", role = "admin" });
        using var queue = await browser.GetAsync(new Uri("/", UriKind.Relative));

        Assert.That(dashboard.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(keys.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(queue.StatusCode, Is.EqualTo(HttpStatusCode.OK), "but the review pages are hers");
    }

    [Test]
    public async Task AnAdmin_SeesTheDashboard_AndCreatesApiKeys_ThatWork()
    {
        using var browser = await world.SignedInAsync("ada", AccountRoles.Admin);
        using var admin = world.WithApiKey(AccountRoles.Admin);

        using var dashboard = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var created = await admin.PostAsJsonAsync(new Uri("/api/admin/api-keys", UriKind.Relative), new { name = "rpa-bot", role = "reviewer" });
        var key = (await WebWorld.ReadAsync<Dictionary<string, string>>(created))["key"];
        using var bot = world.CreateClient();
        bot.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var listed = await bot.GetAsync(new Uri("/api/documents", UriKind.Relative));

        Assert.That(dashboard.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(world.Accounts.ApiKeys().Single(k => k.Name == "rpa-bot").KeyHash, Is.Not.EqualTo(key).And.Length.EqualTo(64), "stored hashed");
    }

    [Test]
    public async Task AFormPost_WithoutTheAntiforgeryToken_IsRefused()
    {
        var id = world.PendingReview();
        using var browser = await world.SignedInAsync("rolf", AccountRoles.Reviewer);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["label"] = "stamp-tax" });

        using var response = await browser.PostAsync(new Uri($"/review/{id}?handler=Decide", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.PendingReview), "nothing was decided");
    }

    [Test]
    public async Task AWrongPassword_DoesNotSignIn()
    {
        world.Accounts.CreateUser("wanda", AccountRoles.Reviewer);
        using var client = world.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await WebWorld.AntiforgeryTokenAsync(client, "/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "wanda", ["Password"] = "guess-guess-guess", ["__RequestVerificationToken"] = token });

        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Wrong name or password"));
    }

    [TestCase("/api/documents/..%2F..%2Fledger.db")]
    [TestCase("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd")]
    [TestCase("/documents/..%2F..%2Fledger.db/file")]
    [TestCase("/documents/%2Fetc%2Fpasswd/file")]
    [TestCase("/documents/0000000000000000000000000000000000000000000000000000000000000000/pages/1.png")]
    public async Task IdsThatTryPathTraversal_AreRefused(string path)
    {
        using var bot = world.WithApiKey(AccountRoles.Admin);
        using var response = await bot.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.BadRequest, HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("root:").And.Not.Contain("SQLite format"));
    }

    [Test]
    public async Task Health_ReportsTheLedgerStorageAndOcr()
    {
        using var client = world.CreateClient();
        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.That(health, Does.Contain("\"status\":\"Healthy\"").And.Contain("ledger").And.Contain("storage").And.Contain("Tesseract"));
    }

    [Test]
    public async Task TheOpenApiDocument_IsRefused_WithoutSignIn()
    {
        using var client = world.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString() ?? "/login", Does.Contain("/login"), "a browser is sent to sign in");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("/api/documents"));
    }

    [Test]
    public async Task Metrics_AreServedWithoutSignIn_AndTheOpenApiDocumentWithAKey()
    {
        using var client = world.CreateClient();
        using var bot = world.WithApiKey(AccountRoles.Reviewer);

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var openApi = await bot.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.That(metrics, Does.Contain("docclassifier_queue_length"));
        Assert.That(openApi, Does.Contain("/api/documents").And.Contain("/api/review/{id}/decision"));
    }
}
