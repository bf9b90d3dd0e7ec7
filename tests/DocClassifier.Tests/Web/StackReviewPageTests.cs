using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocClassifier.Review;
using DocClassifier.Samples.Stacks;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocClassifier.Tests.Web;

/// <summary>A stack waiting to be split, in the browser's route (strip, thumbnails, the form) and through the REST API.</summary>
[Category("Web")]
[Category("Ocr")]
public sealed partial class StackReviewPageTests
{
    [Test]
    public async Task TheThumbnails_AreSmallPngsOfEachPage_AndRefusedWithoutSignIn()
    {
        using var world = new WebWorld(queue: new RecordingQueue());
        var stackId = WaitingStack(world);
        using var browser = await world.SignedInAsync("rita", AccountRoles.Reviewer);
        using var anonymous = world.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var page = 1; page <= 3; page++)
        {
            using var response = await browser.GetAsync(new Uri($"/documents/{stackId}/thumbnails/{page}.png", UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"page {page}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
            Assert.That(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), Is.EqualTo(PageThumbnails.Height), "height from the IHDR chunk");
        }

        using var past = await browser.GetAsync(new Uri($"/documents/{stackId}/thumbnails/4.png", UriKind.Relative));
        using var refused = await anonymous.GetAsync(new Uri($"/documents/{stackId}/thumbnails/1.png", UriKind.Relative));
        Assert.That(past.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(refused.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("image/png"));
    }

    [Test]
    public async Task TheReviewPage_ShowsTheStripWithTheModelsProposal_AndItsFormSplitsTheStack()
    {
        var queue = new RecordingQueue();
        using var world = new WebWorld(queue: queue);
        var stackId = WaitingStack(world);
        using var browser = await world.SignedInAsync("alice", AccountRoles.Reviewer);

        var page = await browser.GetStringAsync(new Uri($"/review/{stackId}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("id=\"strip\""));
            Assert.That(page, Does.Contain("the page model is unsure where documents begin: pages 2 (0.62)"));
            Assert.That(Thumbnail().Matches(page).Select(m => m.Groups[1].Value), Is.EqualTo(new[] { "1", "2", "3" }));
            Assert.That(BeginsBox().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[2].Success)), Is.EqualTo(new[] { ("2", true), ("3", false) }), "the model's guess, page 2, is ticked");
            Assert.That(page, Does.Contain("data-page=\"2\" data-proposed=\"begins\""));
            Assert.That(page, Does.Contain("model 0.62").And.Contain("model 0.04"));
            Assert.That(page, Does.Contain("<kbd>Space</kbd> or <kbd>B</kbd>"), "the page says what the keys do");
            Assert.That(page, Does.Not.Contain("id=\"labels\""), "no labels for a stack");
        });

        // Without JavaScript: the reviewer ticks page 3 as well and submits the form.
        var token = await WebWorld.AntiforgeryTokenAsync(browser, $"/review/{stackId}");
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("begins", "2"), new("begins", "3")]);
        using var split = await browser.PostAsync(new Uri($"/review/{stackId}?handler=Split", UriKind.Relative), form);

        Assert.That(split.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(world.Ledger.Find(stackId)!.State, Is.EqualTo(DocumentState.Split));
        var parts = queue.Enqueued.Select(id => world.Ledger.Find(id)!).ToList();
        Assert.That(parts.Select(p => (p.Parent, p.Pages)), Is.EquivalentTo(new[] { (stackId, "1"), (stackId, "2"), (stackId, "3") }));
        Assert.That(world.Ledger.History(stackId)[^1].Detail, Is.EqualTo("split by reviewer alice into pages 1, 2, 3"));
    }

    [Test]
    public async Task TheApi_ShowsTheProposal_SplitsOnce_AndKeepsAStackWholeWhenNoPageIsNamed()
    {
        var queue = new RecordingQueue();
        using var world = new WebWorld(queue: queue);
        var stackId = WaitingStack(world);
        var other = WaitingStack(world, seed: 2);
        using var bot = world.WithApiKey(AccountRoles.Reviewer);

        using var next = await bot.PostAsync(new Uri("/api/review/next", UriKind.Relative), null);
        using var item = JsonDocument.Parse(await next.Content.ReadAsStringAsync());
        var stack = item.RootElement.GetProperty("stack");
        Assert.That(item.RootElement.GetProperty("document").GetProperty("id").GetString(), Is.EqualTo(stackId));
        Assert.That(stack.GetProperty("pageCount").GetInt32(), Is.EqualTo(3));
        Assert.That(stack.GetProperty("firstPages").EnumerateArray().Select(p => p.GetInt32()), Is.EqualTo(new[] { 2 }));
        Assert.That(stack.GetProperty("boundaries")[0].GetProperty("probability").GetDouble(), Is.EqualTo(0.62));

        using var label = await bot.PostAsJsonAsync(new Uri($"/api/review/{stackId}/decision", UriKind.Relative), new { label = "stamp-tax" });
        using var first = await bot.PostAsJsonAsync(new Uri($"/api/review/{stackId}/split", UriKind.Relative), new { firstPages = new[] { 3 } });
        using var second = await bot.PostAsJsonAsync(new Uri($"/api/review/{stackId}/split", UriKind.Relative), new { firstPages = new[] { 2 } });
        using var whole = await bot.PostAsJsonAsync(new Uri($"/api/review/{other}/split", UriKind.Relative), new { firstPages = Array.Empty<int>() });

        Assert.That(label.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a stack waiting to be split has no label to decide");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var answer = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.That(answer.RootElement.GetProperty("stack").GetProperty("state").GetString(), Is.EqualTo("Split"));
        Assert.That(answer.RootElement.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("parent").GetProperty("pages").GetString()), Is.EqualTo(new[] { "1-2", "3" }));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(whole.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(world.Ledger.Find(other)!.State, Is.EqualTo(DocumentState.Received));
        Assert.That(queue.Enqueued, Has.Count.EqualTo(3), "two parts and the stack kept whole");
        Assert.That(world.Ledger.History(stackId)[^1].Actor, Does.StartWith("reviewer:key:bot-"), "the audit names the reviewer, here a bot's key");
        Assert.That(world.Ledger.History(other)[^1].Detail, Does.StartWith("kept whole by reviewer key:bot-"));
    }

    /// <summary>A three-page scanned stack (TIFF) as the processor leaves it when the page model is unsure of page 2.</summary>
    private static string WaitingStack(WebWorld world, int seed = 1)
    {
        using var files = new TempFolder();
        var content = File.ReadAllBytes(Stacks.Tiff(files, "stack.tif", [StackSheet.Of(Stacks.Form), StackSheet.Of(Stacks.Letter), StackSheet.Of(Stacks.Form, bilevel: true)], seed));
        var id = Convert.ToHexStringLower(SHA256.HashData(content));
        var archive = Path.Combine(world.BaseDirectory, "archive", id + ".tif");
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        File.WriteAllBytes(archive, content);
        world.Ledger.TryRecord(new NewDocument(id, "stack.tif", "tests", DateTimeOffset.UtcNow, archive), "intake");
        world.Ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        world.Ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "worker", "the page model is unsure where documents begin: pages 2 (0.62)")
        {
            SplitProposal = "2:0.6200 3:0.0400",
        });
        return id;
    }

    [GeneratedRegex("src=\"/documents/[0-9a-f]{64}/thumbnails/(\\d+)\\.png\"")]
    private static partial Regex Thumbnail();

    [GeneratedRegex("<input type=\"checkbox\" name=\"begins\" value=\"(\\d+)\" tabindex=\"-1\"( checked=\"checked\")?")]
    private static partial Regex BeginsBox();
}
