using System.Net;
using DocClassifier.Learning;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Tests.Web;

/// <summary>The review pages through the browser's route: Next claims, the item page decides with its token, the rest render.</summary>
[Category("Web")]
public sealed class ReviewPageTests
{
    [Test]
    public async Task Next_OpensTheOldestItem_AndDecidingItDelivers_ThenOpensTheNext()
    {
        using var world = new WebWorld();
        var first = world.PendingReview(predicted: "house-tax-relief");
        var second = world.PendingReview(predicted: "stamp-tax");
        using var browser = await world.SignedInAsync("rosa", AccountRoles.Reviewer);

        var token = await WebWorld.AntiforgeryTokenAsync(browser, "/");
        using var next = await browser.PostAsync(new Uri("/?handler=Next", UriKind.Relative), Form(token));
        Assert.That(next.Headers.Location?.ToString(), Is.EqualTo($"/review/{first}"));

        var page = await browser.GetStringAsync(new Uri($"/review/{first}", UriKind.Relative));
        Assert.That(page, Does.Contain("房屋稅減免申請").And.Contain("data-key=\"1\"").And.Contain("None of these"));
        Assert.That(page, Does.Contain("id=\"fields\"").And.Contain("A123456789"), "the fields found, for the reviewer to check");
        var itemToken = await WebWorld.AntiforgeryTokenAsync(browser, $"/review/{first}");
        using var decided = await browser.PostAsync(new Uri($"/review/{first}?handler=Decide", UriKind.Relative), Form(itemToken, ("label", "house-tax-relief")));

        Assert.That(decided.Headers.Location?.ToString(), Is.EqualTo($"/review/{second}"), "the next item is claimed and opened");
        Assert.That(world.Ledger.Find(first)!.State, Is.EqualTo(DocumentState.Delivered));
        Assert.That(world.Ledger.History(first)[^1].Detail, Is.EqualTo("confirmed"));
        Assert.That(File.Exists(Path.Combine(world.BaseDirectory, "results", "house-tax-relief", first + ".json")), Is.True);
    }

    [Test]
    public async Task Skip_GivesTheItemBack_AndMovesOn()
    {
        using var world = new WebWorld();
        var first = world.PendingReview();
        var second = world.PendingReview();
        using var browser = await world.SignedInAsync("sam", AccountRoles.Reviewer);
        var token = await WebWorld.AntiforgeryTokenAsync(browser, "/");
        using var next = await browser.PostAsync(new Uri("/?handler=Next", UriKind.Relative), Form(token));

        var itemToken = await WebWorld.AntiforgeryTokenAsync(browser, $"/review/{first}");
        using var skipped = await browser.PostAsync(new Uri($"/review/{first}?handler=Skip", UriKind.Relative), Form(itemToken));

        Assert.That(skipped.Headers.Location?.ToString(), Is.EqualTo($"/review/{second}"));
        Assert.That(world.Ledger.Find(first)!.ClaimedBy, Is.Null, "free for someone else");
    }

    [Test]
    public async Task AReviewer_CorrectsAField_OnTheItemPage_AndTheResultCarriesIt()
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        using var browser = await world.SignedInAsync("rosa", AccountRoles.Reviewer);
        var page = await browser.GetStringAsync(new Uri($"/review/{id}", UriKind.Relative));
        var token = await WebWorld.AntiforgeryTokenAsync(browser, $"/review/{id}");

        using var refused = await browser.PostAsync(
            new Uri($"/review/{id}?handler=Decide", UriKind.Relative), Form(token, ("label", "house-tax-relief"), ("field:nationalId-1-0", "A123456788")));
        var message = await browser.GetStringAsync(new Uri($"/review/{id}", UriKind.Relative));
        token = await WebWorld.AntiforgeryTokenAsync(browser, $"/review/{id}");
        using var decided = await browser.PostAsync(
            new Uri($"/review/{id}?handler=Decide", UriKind.Relative),
            Form(token, ("label", "house-tax-relief"), ("field:nationalId-1-0", "B123456780"), ("newFieldName", "amount"), ("newFieldValue", "新臺幣1,200元")));

        var json = File.ReadAllText(Path.Combine(world.BaseDirectory, "results", "house-tax-relief", id + ".json"));
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("name=\"field:nationalId-1-0\" value=\"A123456789\"").And.Contain("name=\"newFieldName\""));
            Assert.That(message, Does.Contain("not a valid national ID"), "a checksum typo is refused with the reason");
            Assert.That(json, Does.Contain("\"value\": \"B123456780\"").And.Contain("\"correctedBy\": \"reviewer:rosa\"").And.Contain("\"value\": \"1200\""));
            Assert.That(world.Ledger.History(id)[^1].Detail, Is.EqualTo("confirmed; fields corrected: nationalId, amount"));
        });
    }

    [Test]
    public async Task LabelNames_OnTheItemPage_ComeFromTheLiveModelCard_AndTheLabelsAdded()
    {
        using var world = new WebWorld(new Dictionary<string, string?> { ["Learning:CheckLiveSeconds"] = "0" });
        var id = world.PendingReview();
        var registry = world.Services.GetRequiredService<ModelRegistry>();
        var renamed = ModelVersions.CopyAsNewer(registry, registry.Live()!.Version, card => card with
        {
            LabelNames = new Dictionary<string, string>(card.LabelNames!) { ["stamp-tax"] = "印花稅（卡片上的名稱）" },
        });
        registry.Promote(renamed, "ada");
        registry.AddLabel("business-tax-notice", "營業稅通知", "ada", world.Services.GetRequiredService<LiveLabelCollection>());
        using var browser = await world.SignedInAsync("rosa", AccountRoles.Reviewer);

        var page = await browser.GetStringAsync(new Uri($"/review/{id}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("印花稅（卡片上的名稱）"), "the live card's name");
            Assert.That(page, Does.Contain("value=\"business-tax-notice\"").And.Contain("營業稅通知"), "an added label with its own name");
            Assert.That(page, Does.Contain("契稅申報"), "a label the document's text does not mention, named by the card");
        });
    }

    [TestCase("/documents")]
    [TestCase("/failed")]
    [TestCase("/stats")]
    public async Task TheOtherPages_Render(string path)
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        using var browser = await world.SignedInAsync("otto", AccountRoles.Admin);

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        using var detail = await browser.GetAsync(new Uri($"/documents/{id}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await detail.Content.ReadAsStringAsync(), Does.Contain("Audit trail").And.Contain("model:fixed@1"));
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
}
