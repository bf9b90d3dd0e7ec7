using System.Net;
using System.Net.Http.Json;
using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DocClassifier.Tests.Web;

/// <summary>Only a taken name is a conflict; any other database error is the server's.</summary>
[Category("Web")]
public sealed class AdminApiTests
{
    [Test]
    public async Task ATakenKeyName_Is409_ButABrokenDatabaseIs500()
    {
        using var world = new WebWorld();
        using var admin = world.WithApiKey(AccountRoles.Admin);

        using var created = await admin.PostAsJsonAsync(new Uri("/api/admin/api-keys", UriKind.Relative), new { name = "scanner", role = "reviewer" });
        using var taken = await admin.PostAsJsonAsync(new Uri("/api/admin/api-keys", UriKind.Relative), new { name = "scanner", role = "reviewer" });
        var adminKeyName = world.Accounts.FindApiKey(admin.DefaultRequestHeaders.GetValues("X-Api-Key").Single())!.Name;

        // A database error that is not a taken name: the table is unusable, but the admin's key still signs in.
        Execute(world, "CREATE TABLE api_keys_copy AS SELECT * FROM api_keys; DROP TABLE api_keys; " +
            "CREATE TABLE api_keys (name TEXT PRIMARY KEY, role TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE, created_by TEXT NOT NULL, created_at BIGINT NOT NULL, " +
            "must_not_be_null TEXT NOT NULL); INSERT INTO api_keys SELECT *, 'x' FROM api_keys_copy;");
        using var broken = await admin.PostAsJsonAsync(new Uri("/api/admin/api-keys", UriKind.Relative), new { name = "another", role = "reviewer" });

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await taken.Content.ReadAsStringAsync(), Does.Contain("Name taken"));
        Assert.That(broken.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), $"signed in as {adminKeyName}, the insert failed for another reason");
        Assert.That(await broken.Content.ReadAsStringAsync(), Does.Not.Contain("Name taken"));
    }

    private static void Execute(WebWorld world, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(world.BaseDirectory, "ledger.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
