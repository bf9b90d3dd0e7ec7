using System.Text.Json;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>A part of a scanned stack names its stack and its pages there, in the REST API and on its document page.</summary>
[Category("Web")]
public sealed class StackPartViewTests
{
    private WebWorld world = null!;
    private string stackId = null!;
    private string partId = null!;

    [OneTimeSetUp]
    public void Start()
    {
        world = new WebWorld();
        (stackId, partId) = (NewId(), NewId());
        var archive = Path.Combine(world.BaseDirectory, "archive");
        Directory.CreateDirectory(archive);
        var now = DateTimeOffset.UtcNow;
        world.Ledger.TryRecord(new NewDocument(stackId, "stack.pdf", "tests", now, Path.Combine(archive, stackId + ".pdf")), "intake");
        world.Ledger.TryChange(stackId, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        var part = new NewDocument(partId, "stack (pages 3-5).pdf", "tests", now, Path.Combine(archive, "parts", partId + ".pdf"))
        {
            Parent = stackId,
            Pages = "3-5",
            SheetLabel = "stamp-tax",
        };
        world.Ledger.RecordSplit(stackId, new StateChange(DocumentState.Processing, DocumentState.Split, "worker", "split into 1 part"), [part]);
    }

    [OneTimeTearDown]
    public void Stop() => world.Dispose();

    [Test]
    public async Task APartsJson_NamesItsStackAndPages_AndAStackHasNoParent()
    {
        using var bot = world.WithApiKey(AccountRoles.Reviewer);

        using var part = JsonDocument.Parse(await bot.GetStringAsync(new Uri($"/api/documents/{partId}", UriKind.Relative)));
        using var stack = JsonDocument.Parse(await bot.GetStringAsync(new Uri($"/api/documents/{stackId}", UriKind.Relative)));

        var parent = part.RootElement.GetProperty("parent");
        Assert.Multiple(() =>
        {
            Assert.That(parent.GetProperty("id").GetString(), Is.EqualTo(stackId));
            Assert.That(parent.GetProperty("pages").GetString(), Is.EqualTo("3-5"));
            Assert.That(part.RootElement.GetProperty("sheetLabel").GetString(), Is.EqualTo("stamp-tax"));
            Assert.That(stack.RootElement.GetProperty("state").GetString(), Is.EqualTo("Split"));
            Assert.That(stack.RootElement.TryGetProperty("parent", out var none) ? none.ValueKind : JsonValueKind.Null, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task APartsPage_LinksToItsStack_WithItsPagesAndTheSheetsLabel()
    {
        using var browser = await world.SignedInAsync("rita", AccountRoles.Reviewer);

        var page = await browser.GetStringAsync(new Uri($"/documents/{partId}", UriKind.Relative));
        var stackPage = await browser.GetStringAsync(new Uri($"/documents/{stackId}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain($"Pages 3-5 of the stack <a href=\"/documents/{stackId}\">"));
            Assert.That(page, Does.Contain("the separator sheet says stamp-tax"));
            Assert.That(stackPage, Does.Not.Contain("of the stack"));
        });
    }

    private static string NewId() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
}
