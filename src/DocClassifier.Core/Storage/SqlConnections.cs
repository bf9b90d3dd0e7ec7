using System.Data.Common;

namespace DocClassifier.Storage;

/// <summary>How the stores of one database connect and begin transactions: the part in which SQLite and PostgreSQL differ.</summary>
/// <param name="Open">A new open connection; callers dispose it.</param>
/// <param name="Begin">A transaction whose commit waits for the disk, or not (see <see cref="StateChange.Redoable"/>).</param>
/// <param name="LockRow">What ends a SELECT that reads a row about to be changed in the same transaction (<c>FOR UPDATE</c>, or nothing where a write transaction locks the whole database).</param>
internal sealed record SqlConnections(Func<DbConnection> Open, Func<DbConnection, bool, DbTransaction> Begin, string LockRow)
{
    /// <summary>
    /// Where set (PostgreSQL), a state change and its audit entry are one statement on its own (one round trip instead
    /// of five), on a connection from this: one whose commits do not wait for the disk (see <see cref="StateChange.Redoable"/>).
    /// </summary>
    public Func<DbConnection>? OpenUnsynchronised { get; init; }

    public T InTransaction<T>(Func<DbConnection, DbTransaction, T> work, bool mustSurvivePowerLoss = true)
    {
        using var connection = Open();
        using var transaction = Begin(connection, mustSurvivePowerLoss);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }
}
