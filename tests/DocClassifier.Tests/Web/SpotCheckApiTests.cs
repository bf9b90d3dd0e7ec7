using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>Spot-checking the model's deliveries over the API and on the page.</summary>
[Category("Web")]
public sealed class SpotCheckApiTests
{
    [Test]
    public async Task AReviewer_ConfirmsOneDelivery_AndCorrectsAnother_OverTheApi()
    {
        using var world = new WebWorld();
        var first = world.DeliveredForSpotCheck(predicted: "house-tax-relief");
        var second = world.DeliveredForSpotCheck(predicted: "house-tax-relief");
        using var reviewer = world.WithApiKey(AccountRoles.Reviewer);

        using var waiting = await reviewer.GetAsync(new Uri("/api/spot-checks", UriKind.Relative));
        var item = await NextAsync(reviewer);
        using var confirmed = await reviewer.PostAsJsonAsync(new Uri($"/api/spot-checks/{first}/decision", UriKind.Relative), new { label = "house-tax-relief" });
        var other = await NextAsync(reviewer);
        using var corrected = await reviewer.PostAsJsonAsync(new Uri($"/api/spot-checks/{second}/decision", UriKind.Relative), new { label = "stamp-tax" });
        using var again = await reviewer.PostAsJsonAsync(new Uri($"/api/spot-checks/{second}/decision", UriKind.Relative), new { label = "stamp-tax" });
        using var none = await reviewer.PostAsync(new Uri("/api/spot-checks/next", UriKind.Relative), null);

        Assert.Multiple(async () =>
        {
            Assert.That((await WebWorld.ReadAsync<JsonElement>(waiting)).GetArrayLength(), Is.EqualTo(2));
            Assert.That(item.GetProperty("document").GetProperty("id").GetString(), Is.EqualTo(first), "the longest-waiting first");
            Assert.That(item.GetProperty("deliveredAs").GetString(), Is.EqualTo("house-tax-relief"));
            Assert.That(item.GetProperty("text").GetString(), Does.Contain("房屋稅減免申請書"));
            Assert.That((await WebWorld.ReadAsync<JsonElement>(confirmed)).GetProperty("corrected").GetBoolean(), Is.False);
            Assert.That(other.GetProperty("document").GetProperty("id").GetString(), Is.EqualTo(second));
            Assert.That((await WebWorld.ReadAsync<JsonElement>(corrected)).GetProperty("corrected").GetBoolean(), Is.True);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "answered once");
            Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(world.Ledger.Find(second)!.Label, Is.EqualTo("stamp-tax"));
            Assert.That(File.Exists(Path.Combine(world.BaseDirectory, "results", "stamp-tax", second + ".json")), Is.True, "delivered again under the right label");
            Assert.That(File.Exists(Path.Combine(world.BaseDirectory, "training-examples", "house-tax-relief", "spot-checks", first + ".txt")), Is.True);
        });
    }

    [Test]
    public async Task ThePage_OpensTheOldestSpotCheck_AndAnsweringItOpensTheNext()
    {
        using var world = new WebWorld();
        var first = world.DeliveredForSpotCheck(predicted: "stamp-tax");
        var second = world.DeliveredForSpotCheck();
        using var browser = await world.SignedInAsync("rosa", AccountRoles.Reviewer);

        using var opened = await browser.GetAsync(new Uri("/spot-checks", UriKind.Relative));
        var page = await browser.GetStringAsync(new Uri($"/spot-checks/{first}", UriKind.Relative));
        var token = await WebWorld.AntiforgeryTokenAsync(browser, $"/spot-checks/{first}");
        using var decided = await browser.PostAsync(
            new Uri($"/spot-checks/{first}?handler=Decide", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("label", "house-tax-relief")]));
        var empty = await browser.GetStringAsync(new Uri($"/spot-checks/{second}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(opened.Headers.Location?.ToString(), Is.EqualTo($"/spot-checks/{first}"));
            Assert.That(page, Does.Contain("id=\"confirm\"").And.Contain("value=\"stamp-tax\"").And.Contain("None of these").And.Contain("房屋稅減免申請書"));
            Assert.That(decided.Headers.Location?.ToString(), Is.EqualTo($"/spot-checks/{second}"));
            Assert.That(world.Ledger.Find(first)!.Label, Is.EqualTo("house-tax-relief"), "corrected");
            Assert.That(empty, Does.Contain("Corrected to house-tax-relief"));
            Assert.That(empty, Does.Contain("1 answered, 1 corrected: the model's deliveries were right 0.0 % of the time"));
        });
    }

    private static async Task<JsonElement> NextAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/api/spot-checks/next", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await WebWorld.ReadAsync<JsonElement>(response);
    }
}
