using DocClassifier.Storage;
using DocClassifier.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DocClassifier.Tests.Storage;

[TestFixture]
public class SqliteDocumentLedgerTests
{
    private SqliteLedgerFile file = null!;

    [OneTimeSetUp]
    public void Create() => file = new SqliteLedgerFile();

    [OneTimeTearDown]
    public void Delete() => file.Dispose();

    [Test]
    public void OpeningTheSameFileAgain_KeepsTheDataAndDoesNotMigrateTwice()
    {
        var document = new NewDocument(new string('a', 64), "a.pdf", string.Empty, DateTimeOffset.UtcNow, "archive/a.pdf");
        file.Ledger.TryRecord(document, "system");

        var reopened = new SqliteDocumentLedger(file.Path);

        Assert.That(reopened.Find(document.Id), Is.Not.Null);
    }

    [Test]
    public void ALedgerOfSchema3_IsUpgraded_ItsInterruptedDecisionDecided_ItsAuditGivenColumns_ItsErrorCodesSpeltAsInFailedJson()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "old.db");
        _ = new SqliteDocumentLedger(path, TimeProvider.System, schemaVersion: 3);
        var at = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            // What version 3 wrote: a decision interrupted after its claim (c), a decided and delivered correction (d), a failure (e).
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO documents (id, original_file_name, source_folder, received_at, archive_path, state, label, updated_at) VALUES
                    ('c', 'c.pdf', '', {at}, 'a/c.pdf', 'Processing', 'stamp-tax', {at}),
                    ('d', 'd.pdf', '', {at}, 'a/d.pdf', 'Delivered', 'deed-tax', {at});
                INSERT INTO documents (id, original_file_name, source_folder, received_at, archive_path, state, error_code, updated_at) VALUES
                    ('e', 'e.pdf', '', {at}, 'a/e.pdf', 'Failed', 'Encrypted', {at});
                INSERT INTO audit (document_id, at, actor, from_state, to_state, detail) VALUES
                    ('c', {at}, 'intake', NULL, 'Received', 'c.pdf'),
                    ('c', {at + 1}, 'model:m@1', 'Processing', 'PendingReview', 'low'),
                    ('c', {at + 2}, 'reviewer:rosa', 'PendingReview', 'Processing', 'review decision: stamp-tax'),
                    ('d', {at + 3}, 'model:m@1', 'Processing', 'PendingReview', 'low'),
                    ('d', {at + 4}, 'reviewer:sam', 'PendingReview', 'Processing', 'review decision: deed-tax'),
                    ('d', {at + 4}, 'reviewer:sam', 'Processing', 'Delivered', 'corrected from stamp-tax; fields corrected: nationalId'),
                    ('e', {at + 5}, 'system', 'Processing', 'Failed', 'The PDF is protected by a password.');
                """;
            command.ExecuteNonQuery();
        }

        var upgraded = new SqliteDocumentLedger(path);

        var interrupted = upgraded.Find("c")!;
        Assert.That((interrupted.State, interrupted.Label, interrupted.DecidedBy, interrupted.DecidedAt), Is.EqualTo((DocumentState.Decided, "stamp-tax", "rosa", DateTimeOffset.FromUnixTimeMilliseconds(at + 2))));
        Assert.That(upgraded.History("c").Select(e => (e.Kind, e.Action)), Is.EqualTo(new[]
        {
            (ActorKind.Intake, AuditAction.Received), (ActorKind.Model, AuditAction.SentToReview), (ActorKind.Reviewer, AuditAction.Decided),
        }));
        Assert.That(upgraded.History("d").Select(e => (e.Action, e.FromLabel, e.ToLabel)).Skip(1), Is.EqualTo(new[]
        {
            (AuditAction.Decided, "stamp-tax", "deed-tax"), (AuditAction.Delivered, "deed-tax", "deed-tax"),
        }));
        Assert.That(upgraded.Find("e")!.ErrorCode, Is.EqualTo("encrypted"));
        Assert.That(upgraded.Find("d")!.State, Is.EqualTo(DocumentState.Delivered), "finished documents stay as they are");
        SqliteConnection.ClearAllPools();
    }
}
