using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DocClassifier.Classification;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Processing;
using DocClassifier.Routing;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Tests.Support;

/// <summary>
/// The web UI and API in memory (WebApplicationFactory) on a temporary base folder with a SQLite
/// ledger; users, API keys and review items are made through the real services.
/// </summary>
/// <param name="queue">Replaces the document queue, to see who enqueues.</param>
internal sealed partial class WebWorld(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null, IDocumentQueue? queue = null) : WebApplicationFactory<Program>
{
    private readonly TempFolder folder = new();
    private int disposed;

    /// <summary>What the service logged.</summary>
    public LogCapture Logs { get; } = new();

    public string BaseDirectory => folder.Path;

    public IDocumentLedger Ledger => Services.GetRequiredService<IDocumentLedger>();

    public IDocumentSearch Search => Services.GetRequiredService<IDocumentSearch>();

    public IAccountStore AccountStore => Services.GetRequiredService<IAccountStore>();

    public AccountService Accounts => Services.GetRequiredService<AccountService>();

    /// <summary>A client signed in through the login form, as a browser would be.</summary>
    public Task<HttpClient> SignedInAsync(string name, string role) => SignedInWithPasswordAsync(name, Accounts.CreateUser(name, role));

    public async Task<HttpClient> SignedInWithPasswordAsync(string name, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await SignInAsync(client, name, password);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"), "signed in");
        return client;
    }

    /// <summary>Posts the login form with the anti-forgery token the page gave; the caller disposes the answer.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = name, ["Password"] = password, ["__RequestVerificationToken"] = token });
        return await client.PostAsync(new Uri("/login", UriKind.Relative), form);
    }

    /// <summary>A client that sends a fresh API key of the role, as a bot would.</summary>
    public HttpClient WithApiKey(string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, Accounts.CreateApiKey($"bot-{Guid.NewGuid():N}"[..20], role, "test")!);
        return client;
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        return TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"No anti-forgery token on {page}.");
    }

    /// <summary>A document that failed, with its archived file, as the processor leaves it.</summary>
    public string Failed(string fileName = "broken.pdf")
    {
        var id = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var archive = Path.Combine(BaseDirectory, "archive", id + Path.GetExtension(fileName));
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        File.WriteAllBytes(archive, [1, 2, 3]);
        Ledger.TryRecord(new NewDocument(id, fileName, "tests", DateTimeOffset.UtcNow, archive), "intake");
        Ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        Ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Failed, "worker", "Truncated: the file ends early."));
        return id;
    }

    /// <summary>A document waiting for review, with its archived file and processing record, as the processor leaves it.</summary>
    public string PendingReview(string predicted = "house-tax-relief", double confidence = 0.4, string fileName = "scan.png")
    {
        var (id, verdict) = Processed(NewId(), predicted, confidence, fileName);
        Ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.PendingReview, "model:fixed@1", verdict.Reason) { Label = predicted, Confidence = confidence });
        return id;
    }

    /// <summary>A document the model delivered, chosen for a spot-check (its id ends in 0000, inside any share).</summary>
    public string DeliveredForSpotCheck(string predicted = "house-tax-relief", double confidence = 0.99, string fileName = "scan.png")
    {
        var (id, _) = Processed(NewId()[..^4] + "0000", predicted, confidence, fileName);
        Assert.That(Services.GetRequiredService<SpotCheckSample>().Offer(id, predicted), Is.True);
        Ledger.TryChange(id, new StateChange(DocumentState.Processing, DocumentState.Delivered, "model:fixed@1") { Label = predicted, Confidence = confidence });
        return id;
    }

    private static string NewId() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());

    // Received, taken into processing and classified: the work record saved, the last move left to the caller.
    private (string Id, RoutingVerdict Verdict) Processed(string id, string predicted, double confidence, string fileName)
    {
        var archive = Path.Combine(BaseDirectory, "archive", id + Path.GetExtension(fileName));
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        File.WriteAllBytes(archive, PngHeader.Claiming(8, 8));
        Ledger.TryRecord(new NewDocument(id, fileName, "tests", DateTimeOffset.UtcNow, archive), "intake");
        Ledger.TryChange(id, new StateChange(DocumentState.Received, DocumentState.Processing, "worker"));
        var extracted = new ExtractedDocument(fileName, DocumentFormat.Png, [new ExtractedPage(1, "房屋稅減免申請書 身分證統一編號 A123456789", "房屋稅減免申請書 身分證統一編號 A123456789", TextSource.Ocr, 88, 300)]);
        var classification = new FixedClassifier(predicted, confidence).Classify(extracted.Text);
        var fields = FieldExtractors.ExtractAll(extracted.PageTexts);
        var verdict = ThresholdRoutingPolicy.Default.Decide(classification, extracted.Text, fields);
        Services.GetRequiredService<WorkStore>().Save(id, new WorkRecord(extracted, classification) { Fields = fields, Verdict = verdict });
        return (id, verdict);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>() ?? throw new InvalidOperationException("Empty body.");

    // Sign-in rate limits are high unless a test sets them: every test client comes from the same (no) address,
    // and no test's verdict may depend on how many sign-ins fit in a minute on this machine.
    protected override IHostBuilder CreateHostBuilder() =>
        Microsoft.Extensions.Hosting.Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DocClassifier:BaseDirectory"] = folder.Path,
                ["DocClassifier:Storage"] = "sqlite",
                ["Web:MaxUploadBytes"] = "1000000",
                ["Web:SignIn:AttemptsPerAddress"] = "100000",
                ["Web:SignIn:AttemptsPerName"] = "100000",
            }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()))
            .ConfigureLogging(logging => logging.AddProvider(Logs))
            .ConfigureWebHostDefaults(web => web.UseStartup<WebTestStartup>());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (queue is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(queue));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // WebApplicationFactory disposes through both Dispose and DisposeAsync: clean up once.
        if (disposing && Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
