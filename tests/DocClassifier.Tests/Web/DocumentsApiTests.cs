using System.Net;
using System.Text.Json;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>Uploads into the same intake as the inbox, documents with their audit trail, and search.</summary>
[Category("Web")]
public sealed class DocumentsApiTests
{
    private WebWorld world = null!;

    [OneTimeSetUp]
    public void Start() => world = new WebWorld();

    [OneTimeTearDown]
    public void Stop() => world.Dispose();

    [Test]
    public async Task AnUpload_IsRecordedAndArchived_AndASecondCopyIsADuplicate()
    {
        using var bot = world.WithApiKey(AccountRoles.Reviewer);
        var content = MinimalPdf.WithPages(2);

        using var first = await bot.PostAsync(new Uri("/api/documents", UriKind.Relative), Uploads.Of(content, "申請書 1.pdf"));
        using var second = await bot.PostAsync(new Uri("/api/documents", UriKind.Relative), Uploads.Of(content, "copy.pdf"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetString()!;
        Assert.That(JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicate").GetBoolean(), Is.True);
        var document = world.Ledger.Find(id)!;
        Assert.That(document.SourceFolder, Is.EqualTo("api"));
        Assert.That(document.OriginalFileName, Is.EqualTo("申請書 1.pdf"));
        Assert.That(File.ReadAllBytes(document.ArchivePath), Is.EqualTo(content));
    }

    [Test]
    public async Task AnUploadOfAnUnsupportedType_Is415_AsProblemDetails()
    {
        using var bot = world.WithApiKey(AccountRoles.Reviewer);

        using var response = await bot.PostAsync(new Uri("/api/documents", UriKind.Relative), Uploads.Of([1, 2, 3], "letter.docx"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task AnUploadOverTheLimit_IsRefused()
    {
        using var bot = world.WithApiKey(AccountRoles.Reviewer);

        using var response = await bot.PostAsync(new Uri("/api/documents", UriKind.Relative), Uploads.Of(new byte[1_200_000], "big.pdf"));

        Assert.That((int)response.StatusCode, Is.AnyOf(400, 413));
    }

    [Test]
    public async Task ADocument_ComesWithItsStateAndAuditTrail_AndSearchFindsIt()
    {
        var id = world.PendingReview(predicted: "stamp-tax", fileName: "find-me.png");
        using var bot = world.WithApiKey(AccountRoles.Reviewer);

        using var one = JsonDocument.Parse(await bot.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative)));
        using var found = JsonDocument.Parse(await bot.GetStringAsync(new Uri("/api/documents?state=PendingReview&label=stamp-tax&q=find-me", UriKind.Relative)));
        using var badState = await bot.GetAsync(new Uri("/api/documents?state=Lost", UriKind.Relative));

        Assert.That(one.RootElement.GetProperty("state").GetString(), Is.EqualTo("PendingReview"));
        Assert.That(one.RootElement.GetProperty("audit").GetArrayLength(), Is.EqualTo(3));
        Assert.That(found.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()), Is.EqualTo(new[] { id }));
        Assert.That(badState.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task AnUpload_IsAuditedAsTheKeyOrUserThatSentIt()
    {
        using var bot = world.WithApiKey(AccountRoles.Reviewer);
        using var browser = await world.SignedInAsync("uma", AccountRoles.Reviewer);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = Uploads.Of(MinimalPdf.WithPages(5), "from-uma.pdf") };
        request.Headers.Add("RequestVerificationToken", await WebWorld.AntiforgeryTokenAsync(browser, "/"));

        using var byBot = await bot.PostAsync(new Uri("/api/documents", UriKind.Relative), Uploads.Of(MinimalPdf.WithPages(6), "from-bot.pdf"));
        using var byUma = await browser.SendAsync(request);

        var botKey = world.Accounts.FindApiKey(bot.DefaultRequestHeaders.GetValues("X-Api-Key").Single())!.Name;
        Assert.That(world.Ledger.History(await IdOf(byBot))[0].Actor, Is.EqualTo($"api:key:{botKey}"));
        Assert.That(world.Ledger.History(await IdOf(byUma))[0].Actor, Is.EqualTo("api:uma"));
    }

    [Test]
    public async Task ADeliveredDocument_CarriesItsResultAsAJsonObject()
    {
        var id = world.PendingReview(predicted: "stamp-tax");
        using var bot = world.WithApiKey(AccountRoles.Reviewer);
        using var decided = await bot.PostAsync(
            new Uri($"/api/review/{id}/decision", UriKind.Relative), new StringContent("{\"label\":\"stamp-tax\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var one = JsonDocument.Parse(await bot.GetStringAsync(new Uri($"/api/documents/{id}", UriKind.Relative)));

        var result = one.RootElement.GetProperty("result");
        Assert.That(result.ValueKind, Is.EqualTo(JsonValueKind.Object), "parsed once, not a string to parse again");
        Assert.That(result.GetProperty("label").GetString(), Is.EqualTo("stamp-tax"));
        Assert.That(one.RootElement.TryGetProperty("resultJson", out _), Is.False);
    }

    private static async Task<string> IdOf(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }
}
