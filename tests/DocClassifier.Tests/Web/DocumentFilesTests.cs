using System.Net;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>The originals the review page shows: files as they are, TIFF pages as PNG; and an admin's retry.</summary>
[Category("Web")]
public sealed class DocumentFilesTests
{
    [Test]
    public async Task ATiff_IsShownPageByPage_AsPng()
    {
        using var world = new WebWorld();
        var id = world.PendingReview(fileName: "fax.tif");
        var archive = world.Ledger.Find(id)!.ArchivePath;
        File.Copy(GeneratedFixtures.PathOf(GeneratedFixtures.TwoPageTiff), archive, overwrite: true);
        using var browser = await world.SignedInAsync("tina", AccountRoles.Reviewer);

        using var second = await browser.GetAsync(new Uri($"/documents/{id}/pages/2.png", UriKind.Relative));
        using var third = await browser.GetAsync(new Uri($"/documents/{id}/pages/3.png", UriKind.Relative));
        using var original = await browser.GetAsync(new Uri($"/documents/{id}/file", UriKind.Relative));
        var item = await browser.GetStringAsync(new Uri($"/review/{id}", UriKind.Relative));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That((await second.Content.ReadAsByteArrayAsync())[..4], Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the TIFF has two pages");
        Assert.That(original.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/tiff"));
        Assert.That(item, Does.Contain($"/documents/{id}/pages/1.png").And.Contain($"/documents/{id}/pages/2.png"));
    }

    [Test]
    public async Task AnAdmin_RetriesAFailedDocument_AndItLeavesFailed()
    {
        using var world = new WebWorld();
        var id = world.PendingReview();
        world.Ledger.TryChange(id, new StateChange(DocumentState.PendingReview, DocumentState.Processing, "test"));
        world.Ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Failed, "system", "damaged") { ErrorCode = "CorruptFile" });
        using var reviewer = world.WithApiKey(AccountRoles.Reviewer);
        using var admin = world.WithApiKey(AccountRoles.Admin);

        using var refused = await reviewer.PostAsync(new Uri($"/api/admin/documents/{id}/retry", UriKind.Relative), null);
        using var retried = await admin.PostAsync(new Uri($"/api/admin/documents/{id}/retry", UriKind.Relative), null);
        using var again = await admin.PostAsync(new Uri($"/api/admin/documents/{id}/retry", UriKind.Relative), null);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(world.Ledger.Find(id)!.State, Is.EqualTo(DocumentState.Received));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "no longer failed");
    }
}
