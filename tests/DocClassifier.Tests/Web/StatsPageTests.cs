using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>The statistics page counts documents waiting for review against the automation rate.</summary>
[Category("Web")]
public sealed class StatsPageTests
{
    [Test]
    public async Task DocumentsWaitingForReview_ShowAsTheReviewShare_NotAsAnAutomationRateOfNothing()
    {
        using var world = new WebWorld();
        world.PendingReview();
        world.PendingReview();
        world.PendingReview();
        var id = new string('d', 64);
        world.Ledger.TryRecord(new NewDocument(id, "clear.pdf", "tests", DateTimeOffset.UtcNow, Path.Combine(world.BaseDirectory, "archive", id + ".pdf")), "intake");
        world.Ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        world.Ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Delivered, "model:fixed@1") { Label = "stamp-tax", Confidence = 0.99 });
        using var browser = await world.SignedInAsync("sara", AccountRoles.Reviewer);

        var page = await browser.GetStringAsync(new Uri("/stats", UriKind.Relative));

        // One delivered by the model, three waiting for review: the page used to say 100.0 %.
        Assert.That(page, Does.Contain("Automation rate: <strong>25.0 %</strong>"));
        Assert.That(page, Does.Contain("review share: <strong>75.0 %</strong>"));
    }
}
