using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>Claiming and deciding review items over the API: leases, conflicts, and delivery to the RPA folders.</summary>
[Category("Web")]
public sealed class ReviewApiTests
{
    [Test]
    public async Task TwoReviewers_AskingForTheNextItem_NeverGetTheSameOne()
    {
        using var world = new WebWorld();
        var first = world.PendingReview();
        var second = world.PendingReview();
        using var anna = world.WithApiKey(AccountRoles.Reviewer);
        using var bert = world.WithApiKey(AccountRoles.Reviewer);
        using var carl = world.WithApiKey(AccountRoles.Reviewer);

        var annas = await Next(anna);
        var berts = await Next(bert);
        using var third = await carl.PostAsync(new Uri("/api/review/next", UriKind.Relative), null);

        Assert.That(new[] { annas, berts }, Is.EquivalentTo(new[] { first, second }));
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "both items are held");
        Assert.That(await Next(anna), Is.EqualTo(annas), "asking again gives back her own claim");
    }

    [Test]
    public async Task ADecision_DeliversTheResultJson_WithTheReviewerRecorded()
    {
        using var world = new WebWorld();
        var id = world.PendingReview(predicted: "house-tax-relief");
        using var reviewer = world.WithApiKey(AccountRoles.Reviewer);
        await Next(reviewer);

        using var response = await reviewer.PostAsJsonAsync(new Uri($"/api/review/{id}/decision", UriKind.Relative), new { label = "stamp-tax" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = Path.Combine(world.BaseDirectory, "results", "stamp-tax", id + ".json");
        Assert.That(File.Exists(json), Is.True);
        Assert.That(File.ReadAllText(json), Does.Contain("reviewer:key:bot-"));
        Assert.That(world.Ledger.History(id)[^1].Detail, Is.EqualTo("corrected from house-tax-relief"));
        Assert.That(File.Exists(Path.Combine(world.BaseDirectory, "training-examples", "stamp-tax", id + ".txt")), Is.True, "kept for retraining");
    }

    [Test]
    public async Task TwoConcurrentDecisionsOnOneItem_OneWins_TheOtherGets409()
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        using var anna = world.WithApiKey(AccountRoles.Reviewer);
        using var bert = world.WithApiKey(AccountRoles.Reviewer);

        var responses = await Task.WhenAll(
            anna.PostAsJsonAsync(new Uri($"/api/review/{id}/decision", UriKind.Relative), new { label = "stamp-tax" }),
            bert.PostAsJsonAsync(new Uri($"/api/review/{id}/decision", UriKind.Relative), new { label = "house-tax-relief" }));

        Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var refused = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Delivered by reviewer:").Or.Contain("decided a moment ago").Or.Contain("no longer waiting"));
        Assert.That(Directory.GetFiles(Path.Combine(world.BaseDirectory, "results"), "*.json", SearchOption.AllDirectories), Has.Length.EqualTo(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task DecidingAnItemAnotherReviewerHolds_Is409_WithWhoHoldsIt()
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        using var anna = world.WithApiKey(AccountRoles.Reviewer);
        using var bert = world.WithApiKey(AccountRoles.Reviewer);
        await Next(anna);

        using var response = await bert.PostAsJsonAsync(new Uri($"/api/review/{id}/decision", UriKind.Relative), new { label = "stamp-tax" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("is being reviewed by key:bot-"));
    }

    [Test]
    public async Task AnUnknownLabel_Is400_AndAnUnknownDocument404()
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        using var reviewer = world.WithApiKey(AccountRoles.Reviewer);

        using var badLabel = await reviewer.PostAsJsonAsync(new Uri($"/api/review/{id}/decision", UriKind.Relative), new { label = "../../etc" });
        using var missing = await reviewer.PostAsJsonAsync(new Uri($"/api/review/{new string('a', 64)}/decision", UriKind.Relative), new { label = "stamp-tax" });

        Assert.That(badLabel.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ADecision_CanCorrectFields_AndABadCorrectionIs400()
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        using var reviewer = world.WithApiKey(AccountRoles.Reviewer);
        using var next = await reviewer.PostAsync(new Uri("/api/review/next", UriKind.Relative), null);
        var item = await next.Content.ReadAsStringAsync();

        using var bad = await reviewer.PostAsJsonAsync(
            new Uri($"/api/review/{id}/decision", UriKind.Relative), new { label = "house-tax-relief", fields = new[] { new { name = "nationalId", id = "nationalId-1-0", value = "A123456788" } } });
        using var good = await reviewer.PostAsJsonAsync(
            new Uri($"/api/review/{id}/decision", UriKind.Relative), new { label = "house-tax-relief", fields = new[] { new { name = "nationalId", id = "nationalId-1-0", value = "B123456780" } } });

        Assert.Multiple(() =>
        {
            Assert.That(item, Does.Contain("\"fields\":[{\"name\":\"nationalId\"").And.Contain("\"value\":\"A123456789\"").And.Contain("\"id\":\"nationalId-1-0\""), "the fields found, each with its id");
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(File.ReadAllText(Path.Combine(world.BaseDirectory, "results", "house-tax-relief", id + ".json")), Does.Contain("B123456780"));
        });
    }

    [Test]
    public async Task NoneOfTheLabels_GoesToResultsOther()
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        using var reviewer = world.WithApiKey(AccountRoles.Reviewer);

        using var response = await reviewer.PostAsJsonAsync(new Uri($"/api/review/{id}/decision", UriKind.Relative), new { label = "other" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(File.Exists(Path.Combine(world.BaseDirectory, "results", "other", id + ".json")), Is.True);
    }

    private static async Task<string> Next(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/api/review/next", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("document").GetProperty("id").GetString()!;
    }
}
