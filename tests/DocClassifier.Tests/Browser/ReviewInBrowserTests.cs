using System.Net;
using System.Net.Sockets;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.Playwright;

namespace DocClassifier.Tests.Browser;

/// <summary>
/// A reviewer in a real browser (Debian's Chromium driven by Playwright, never a downloaded browser)
/// against the real service: sign in, take the next item, decide it with the keyboard, and the result
/// JSON appears in the RPA folder.
/// </summary>
[Category("Browser")]
[Category("Service")]
public sealed class ReviewInBrowserTests
{
    [Test]
    public async Task AReviewer_SignsIn_TakesTheNextItem_AndDecidesItWithTheKeyboard()
    {
        using var folder = new TempFolder();
        var password = CreateReviewer(folder.Path, "rosa");
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";

        // A blank scan: nothing to read, so the service sends it to review.
        Directory.CreateDirectory(Path.Combine(folder.Path, "inbox"));
        File.WriteAllBytes(Path.Combine(folder.Path, "inbox", "blank.pdf"), MinimalPdf.WithPages(1));
        using var service = ServiceProcess.Start(folder.Path, settings: new Dictionary<string, string> { ["WEB__URL"] = url });
        var id = await WaitForPendingReviewAsync(url, folder.Path);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });

        await page.GotoAsync(url + "/");
        Assert.That(page.Url, Does.Contain("/login"));
        await page.FillAsync("input[name=Name]", "rosa");
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.ClickAsync("#next");
        await page.WaitForURLAsync($"**/review/{id}");

        var second = await page.GetAttributeAsync("#labels button[data-key='2']", "value");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "review-page.png") });
        await page.Keyboard.PressAsync("2");
        await page.WaitForURLAsync(u => !u.Contains($"/review/{id}", StringComparison.Ordinal));

        var result = Path.Combine(folder.Path, "results", second!, id + ".json");
        Assert.That(File.Exists(result), Is.True, $"the decision was delivered to results/{second}/");
        Assert.That(File.ReadAllText(result), Does.Contain("reviewer:rosa"));
    }

    private static string CreateReviewer(string baseDirectory, string name)
    {
        var ledger = new SqliteDocumentLedger(Path.Combine(baseDirectory, "ledger.db"));
        var password = new AccountService(ledger.Accounts, TimeProvider.System).CreateUser(name, AccountRoles.Reviewer);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return password;
    }

    private static async Task<string> WaitForPendingReviewAsync(string url, string baseDirectory)
    {
        using var http = new HttpClient();
        var ledger = new SqliteDocumentLedger(Path.Combine(baseDirectory, "ledger.db"));
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var health = await http.GetAsync(new Uri(url + "/health"));
                if (health.StatusCode == HttpStatusCode.OK && ledger.InStates([DocumentState.PendingReview]) is [var item])
                {
                    return item.Id;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(300);
        }

        throw new TimeoutException("The service did not put the document in the review queue within 2 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
