using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Samples.Stacks;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.Playwright;

namespace DocClassifier.Tests.Browser;

/// <summary>
/// A reviewer splits a stack in a real browser (Debian's Chromium driven by Playwright) against the real web node, with
/// the keyboard only: arrows move between the pages of the strip, Space and B set or remove a boundary, Enter splits.
/// </summary>
[Category("Browser")]
[Category("Service")]
public sealed class StackReviewInBrowserTests
{
    [Test]
    public async Task AReviewer_SetsAndRemovesBoundariesWithTheKeyboard_AndEnterSplitsTheStack()
    {
        using var folder = new TempFolder();
        var (password, stackId) = Seed(folder.Path);
        var url = $"http://127.0.0.1:{FreePort()}";
        using var service = ServiceProcess.Start(folder.Path, role: "web", settings: new Dictionary<string, string> { ["WEB__URL"] = url });
        service.WaitReady(TimeSpan.FromMinutes(2));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(url + "/login");
        await page.FillAsync("input[name=Name]", "alice");
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.GotoAsync($"{url}/review/{stackId}");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#strip img')].every(i => i.complete && i.naturalWidth > 0)", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        Assert.That(await page.Locator("#strip img").CountAsync(), Is.EqualTo(3), "a thumbnail of every page, rendered by the web node");

        // The model's guess: a document begins at page 2. The reviewer moves it to page 3.
        Assert.That(await page.IsCheckedAsync("input[name=begins][value='2']"), Is.True);
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("b");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Space");
        Assert.That(await page.IsCheckedAsync("input[name=begins][value='2']"), Is.False);
        Assert.That(await page.IsCheckedAsync("input[name=begins][value='3']"), Is.True);
        Assert.That(await page.GetAttributeAsync("#page-3", "class"), Does.Contain("begins"), "the boundary marker moved");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "stack-review-page.png") });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => !u.Contains($"/review/{stackId}", StringComparison.Ordinal));

        var ledger = new SqliteDocumentLedger(Path.Combine(folder.Path, "ledger.db"));
        Assert.That(ledger.Find(stackId)!.State, Is.EqualTo(DocumentState.Split));
        Assert.That(ledger.InStates([DocumentState.Received]).Where(d => d.Parent == stackId).Select(d => d.Pages).Order(), Is.EqualTo(new[] { "1-2", "3" }));
        Assert.That(ledger.History(stackId)[^1].Detail, Is.EqualTo("split by reviewer alice into pages 1-2, 3"));
    }

    // A reviewer, and a three-page stack waiting to be split as the processor leaves it (the model unsure of page 2).
    private static (string Password, string StackId) Seed(string baseDirectory)
    {
        var ledger = new SqliteDocumentLedger(Path.Combine(baseDirectory, "ledger.db"));
        var password = new AccountService(ledger.Accounts, TimeProvider.System).CreateUser("alice", AccountRoles.Reviewer);
        using var files = new TempFolder();
        var content = File.ReadAllBytes(Stacks.Tiff(files, "stack.tif", [StackSheet.Of(Stacks.Form), StackSheet.Of(Stacks.Letter), StackSheet.Of(Stacks.Form, bilevel: true)]));
        var id = Convert.ToHexStringLower(SHA256.HashData(content));
        var archive = Path.Combine(baseDirectory, "archive", id + ".tif");
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        File.WriteAllBytes(archive, content);
        ledger.TryRecord(new NewDocument(id, "stack.tif", string.Empty, DateTimeOffset.UtcNow, archive), "intake");
        ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "worker", "the page model is unsure where documents begin: pages 2 (0.62)")
        {
            SplitProposal = "2:0.6200 3:0.0400",
        });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (password, id);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
