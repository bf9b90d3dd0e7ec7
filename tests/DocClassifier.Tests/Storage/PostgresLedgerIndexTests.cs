using Npgsql;

namespace DocClassifier.Tests.Storage;

/// <summary>
/// The indexes the plans on a ledger of 100,000 documents asked for (README, "Index plans"): the review queue's oldest free item,
/// a reviewer's own claim and a search by date alone are read off an index, not a scan of every document.
/// </summary>
[TestFixture]
[Category("Postgres")]
public sealed class PostgresLedgerIndexTests
{
    [Test]
    public void AMigratedLedger_HasTheClaimAndDateIndexes_OnTheColumnsTheQueriesUse()
    {
        using var ledger = new PostgresLedger();
        using var connection = new NpgsqlConnection(ledger.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'documents'", connection);
        using var reader = command.ExecuteReader();
        var indexes = new Dictionary<string, string>();
        while (reader.Read())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }

        Assert.Multiple(() =>
        {
            Assert.That(indexes.GetValueOrDefault("documents_state"), Does.EndWith("(state, received_at, id)"), "the review queue's order");
            Assert.That(indexes, Contains.Key("documents_claimed"));
            Assert.That(indexes.GetValueOrDefault("documents_claimed"), Does.EndWith("(claimed_by)"));
            Assert.That(indexes, Contains.Key("documents_received"));
            Assert.That(indexes.GetValueOrDefault("documents_received"), Does.EndWith("(received_at, id)"));
        });
    }
}
