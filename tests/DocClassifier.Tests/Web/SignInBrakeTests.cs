using System.Net;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocClassifier.Tests.Web;

/// <summary>Guessing passwords: lockout after failures in a row, rate limits per address and per name, and a log line for every failure.</summary>
[Category("Web")]
public sealed class SignInBrakeTests
{
    [Test]
    public async Task AfterFiveWrongPasswords_EvenTheRightOneIsRefused_UntilTheLockoutIsOver()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var world = new WebWorld(new Dictionary<string, string?> { ["Web:SignIn:MaxFailures"] = "5", ["Web:SignIn:LockoutMinutes"] = "15" }, clock);
        var password = world.Accounts.CreateUser("lena", AccountRoles.Reviewer);
        using var client = NewBrowser(world);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await WebWorld.SignInAsync(client, "lena", $"guess-number-{i}");
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.OK), "refused on the page");
        }

        using var locked = await WebWorld.SignInAsync(client, "lena", password);
        clock.Advance(TimeSpan.FromMinutes(14));
        using var stillLocked = await WebWorld.SignInAsync(client, "lena", password);
        clock.Advance(TimeSpan.FromMinutes(2));
        using var over = await WebWorld.SignInAsync(client, "lena", password);

        Assert.That(locked.Headers.Location, Is.Null, "the right password is refused while locked out");
        Assert.That(await locked.Content.ReadAsStringAsync(), Does.Contain("Wrong name or password"), "the same message as any failure");
        Assert.That(stillLocked.Headers.Location, Is.Null);
        Assert.That(over.Headers.Location?.ToString(), Is.EqualTo("/"), "signed in after 15 minutes");
        Assert.That(world.AccountStore.FindUser("lena")!.FailedSignIns, Is.Zero, "a success starts the count again");
    }

    [Test]
    public async Task FewerFailuresThanTheLimit_DoNotLockOut_AndASuccessStartsTheCountAgain()
    {
        using var world = new WebWorld(new Dictionary<string, string?> { ["Web:SignIn:MaxFailures"] = "3" });
        var password = world.Accounts.CreateUser("mona", AccountRoles.Reviewer);
        using var client = NewBrowser(world);

        foreach (var attempt in new[] { "wrong-1", "wrong-2", password, "wrong-3", "wrong-4", password })
        {
            using var response = await WebWorld.SignInAsync(client, "mona", attempt);
            Assert.That(response.Headers.Location is not null, Is.EqualTo(attempt == password), attempt);
        }
    }

    [Test]
    public async Task EveryFailedSignIn_IsLogged_WithNameAddressAndReason_ButNeverThePassword()
    {
        using var world = new WebWorld();
        world.Accounts.CreateUser("nils", AccountRoles.Reviewer);
        using var client = NewBrowser(world);

        using var known = await WebWorld.SignInAsync(client, "nils", "secret-guess-one");
        using var unknown = await WebWorld.SignInAsync(client, "nobody", "secret-guess-two");

        var failures = world.Logs.Messages.Where(m => m.Contains("Failed sign-in", StringComparison.Ordinal)).ToList();
        Assert.That(failures, Has.Count.EqualTo(2));
        Assert.That(failures[0], Does.Contain("'nils'").And.Contain("wrong password"));
        Assert.That(failures[1], Does.Contain("'nobody'").And.Contain("unknown name"));
        Assert.That(world.Logs.Messages, Has.None.Contain("secret-guess"));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("Wrong name or password"), "an unknown name gets the same answer");
    }

    [Test]
    public async Task TheRateLimiter_Answers429_ToTooManySignInsFromOneAddress()
    {
        using var world = new WebWorld(new Dictionary<string, string?> { ["Web:SignIn:AttemptsPerAddress"] = "3", ["Web:SignIn:WindowSeconds"] = "3600" });
        using var client = NewBrowser(world);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await WebWorld.SignInAsync(client, $"name-{i}", "some-wrong-password");
            answers.Add(response.StatusCode);
        }

        using var page = await client.GetAsync(new Uri("/login", UriKind.Relative));

        Assert.That(answers, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the page itself is not limited");
        Assert.That(world.Logs.Messages, Has.Some.Contain("too many attempts from this address"));
    }

    [Test]
    public async Task TooManySignInsForOneName_Answer429_WhileOtherNamesMayStillTry()
    {
        using var world = new WebWorld(new Dictionary<string, string?> { ["Web:SignIn:AttemptsPerName"] = "2", ["Web:SignIn:WindowSeconds"] = "3600" });
        using var client = NewBrowser(world);

        using var first = await WebWorld.SignInAsync(client, "olga", "wrong-password-1");
        using var second = await WebWorld.SignInAsync(client, "OLGA", "wrong-password-2");
        using var third = await WebWorld.SignInAsync(client, "olga", "wrong-password-3");
        using var other = await WebWorld.SignInAsync(client, "pia", "wrong-password-4");

        Assert.That(new[] { first.StatusCode, second.StatusCode, third.StatusCode, other.StatusCode }, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK }));
        Assert.That(await third.Content.ReadAsStringAsync(), Does.Contain("Too many sign-in attempts"));
    }

    private static HttpClient NewBrowser(WebWorld world) =>
        world.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
