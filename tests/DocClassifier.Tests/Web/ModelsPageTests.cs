using System.Net;
using DocClassifier.Learning;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Tests.Web;

/// <summary>The models page: versions and the live one for everyone; promote, roll back and add labels for admins only.</summary>
[Category("Web")]
public sealed class ModelsPageTests
{
    [Test]
    public async Task AnAdmin_PromotesAVersion_RollsBack_AndAddsALabel_ThatReviewersCanChoose()
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        using var admin = await world.SignedInAsync("ada", AccountRoles.Admin);
        var registry = world.Services.GetRequiredService<ModelRegistry>();
        var shipped = registry.Live()!.Version;
        var newer = ModelVersions.CopyAsNewer(registry, shipped);

        var page = await admin.GetStringAsync(new Uri("/models", UriKind.Relative));
        var promoted = await PostAsync(admin, "Promote", ("version", newer));
        var afterPromotion = registry.Live()!.Version;
        var rolledBack = await PostAsync(admin, "Rollback");
        var unknown = await PostAsync(admin, "Promote", ("version", "tax-documents@20990101T000000Z"));
        var added = await PostAsync(admin, "AddLabel", ("label", "business-tax-notice"), ("name", "營業稅通知"));
        var item = await admin.GetStringAsync(new Uri($"/review/{id}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain(shipped).And.Contain("id=\"live-version\""));
            Assert.That(afterPromotion, Is.EqualTo(newer));
            Assert.That(promoted, Does.Contain($"{newer} is live"));
            Assert.That(registry.Live()!.Version, Is.EqualTo(shipped), "rolled back");
            Assert.That(rolledBack, Does.Contain($"{shipped} is live again"));
            Assert.That(unknown, Does.Contain("message error").And.Contain("no model version"));
            Assert.That(added, Does.Contain("business-tax-notice").And.Contain("not yet (needs 10)"));
            Assert.That(item, Does.Contain("value=\"business-tax-notice\"").And.Contain("營業稅通知"), "reviewers can choose the new label");
        });
    }

    [Test]
    public async Task AReviewer_SeesTheModels_ButCannotChangeThem()
    {
        using var world = new WebWorld();
        using var reviewer = await world.SignedInAsync("rita", AccountRoles.Reviewer);
        var token = await WebWorld.AntiforgeryTokenAsync(reviewer, "/models");

        using var rollback = await reviewer.PostAsync(
            new Uri("/models?handler=Rollback", UriKind.Relative),
            new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]));

        Assert.That(rollback.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    // Posts a form of the models page and returns the page it redirects to, with its message.
    private static async Task<string> PostAsync(HttpClient client, string handler, params (string Name, string Value)[] fields)
    {
        var token = await WebWorld.AntiforgeryTokenAsync(client, "/models");
        using var form = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        using var response = await client.PostAsync(new Uri($"/models?handler={handler}", UriKind.Relative), form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), handler);
        return await client.GetStringAsync(new Uri("/models", UriKind.Relative));
    }
}
