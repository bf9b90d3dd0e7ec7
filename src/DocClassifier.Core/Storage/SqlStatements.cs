using System.Data.Common;

namespace DocClassifier.Storage;

/// <summary>Parameterised statements and row readers shared by the ledger's stores.</summary>
internal static class SqlStatements
{
    public const string DocumentColumns =
        "id, original_file_name, source_folder, received_at, archive_path, state, label, confidence, error_code, detail, updated_at, claimed_by, claim_expires_at, " +
        "decided_by, decided_at, parent_id, pages, sheet_label, split_proposal";

    public const string AuditColumns = "document_id, at, actor, from_state, to_state, detail, actor_kind, action, from_label, to_label";

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static List<T> Query<T>(DbConnection connection, DbTransaction? transaction, Func<DbDataReader, T> read, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static LedgerDocument ReadDocument(DbDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            Time(reader.GetInt64(3)),
            reader.GetString(4),
            Enum.Parse<DocumentState>(reader.GetString(5)),
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.IsDBNull(7) ? null : reader.GetDouble(7),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9),
            Time(reader.GetInt64(10)))
        {
            ClaimedBy = reader.IsDBNull(11) ? null : reader.GetString(11),
            ClaimExpiresAt = reader.IsDBNull(12) ? null : Time(reader.GetInt64(12)),
            DecidedBy = reader.IsDBNull(13) ? null : reader.GetString(13),
            DecidedAt = reader.IsDBNull(14) ? null : Time(reader.GetInt64(14)),
            Parent = reader.IsDBNull(15) ? null : reader.GetString(15),
            Pages = reader.IsDBNull(16) ? null : reader.GetString(16),
            SheetLabel = reader.IsDBNull(17) ? null : reader.GetString(17),
            SplitProposal = reader.IsDBNull(18) ? null : reader.GetString(18),
        };

    public static AuditEntry ReadAudit(DbDataReader reader) =>
        new(
            reader.GetString(0),
            Time(reader.GetInt64(1)),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : Enum.Parse<DocumentState>(reader.GetString(3)),
            Enum.Parse<DocumentState>(reader.GetString(4)),
            reader.IsDBNull(5) ? null : reader.GetString(5))
        {
            Kind = Enum.Parse<ActorKind>(reader.GetString(6)),
            Action = Enum.Parse<AuditAction>(reader.GetString(7)),
            FromLabel = reader.IsDBNull(8) ? null : reader.GetString(8),
            ToLabel = reader.IsDBNull(9) ? null : reader.GetString(9),
        };

    public static DateTimeOffset Time(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Only constant SQL and generated parameter names reach here; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
