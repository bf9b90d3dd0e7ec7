using System.Net;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Web;

/// <summary>A session lasts only as long as the rights it was signed in with.</summary>
[Category("Web")]
public sealed class SessionTests
{
    private WebWorld world = null!;

    [OneTimeSetUp]
    public void Start() => world = new WebWorld();

    [OneTimeTearDown]
    public void Stop() => world.Dispose();

    [Test]
    public async Task AnAdminsSession_StopsOpeningTheDashboardAndTheAdminApi_OnceTheAdminIsMadeAReviewer()
    {
        using var browser = await world.SignedInAsync("dora", AccountRoles.Admin);
        using var before = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative));

        world.Accounts.CreateUser("dora", AccountRoles.Reviewer); // what `users add dora --role reviewer` does
        using var dashboard = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var keys = await browser.GetAsync(new Uri("/api/admin/api-keys", UriKind.Relative));
        using var queue = await browser.GetAsync(new Uri("/", UriKind.Relative));

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the dashboard opened while she was an admin");
        Assert.That(dashboard.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(dashboard.Headers.Location!.ToString(), Does.Contain("/login"));
        Assert.That(keys.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(queue.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the password was reset too: the whole session is over");
    }

    [Test]
    public async Task ASession_Ends_WhenTheUserIsRemoved()
    {
        using var browser = await world.SignedInAsync("otto", AccountRoles.Admin);
        using var before = await browser.GetAsync(new Uri("/api/admin/api-keys", UriKind.Relative));

        Assert.That(world.Accounts.RemoveUser("otto"), Is.True);
        using var dashboard = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var keys = await browser.GetAsync(new Uri("/api/admin/api-keys", UriKind.Relative));
        using var documents = await browser.GetAsync(new Uri("/api/documents", UriKind.Relative));

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(dashboard.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(keys.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(documents.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ASession_Ends_WhenThePasswordIsReset_ButANewSignInWorks()
    {
        using var browser = await world.SignedInAsync("paul", AccountRoles.Reviewer);

        world.Accounts.CreateUser("paul", AccountRoles.Reviewer);
        using var old = await browser.GetAsync(new Uri("/api/documents", UriKind.Relative));
        using var again = await world.SignedInAsync("paul", AccountRoles.Reviewer);
        using var fresh = await again.GetAsync(new Uri("/api/documents", UriKind.Relative));

        Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AUserSavedBeforeSecurityStamps_GetsOneAtSignIn_AndKeepsTheSession()
    {
        var password = world.Accounts.CreateUser("vera", AccountRoles.Reviewer);
        var saved = world.AccountStore.FindUser("vera")!;
        world.AccountStore.SaveUser(saved with { SecurityStamp = string.Empty });

        using var browser = await world.SignedInWithPasswordAsync("vera", password);
        using var documents = await browser.GetAsync(new Uri("/api/documents", UriKind.Relative));

        Assert.That(documents.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(world.AccountStore.FindUser("vera")!.SecurityStamp, Is.Not.Empty);
    }
}
