using DocClassifier.Storage;

namespace DocClassifier.Tests.Storage;

/// <summary>A ledger database that the contract suites run against, made once per fixture and disposed after it.</summary>
public interface ILedgerUnderTest : IDisposable
{
    SqlLedgerDatabase Database { get; }

    /// <summary>A second connection to the same database whose changes the given clock stamps; the caller disposes it.</summary>
    SqlLedgerDatabase Reopen(TimeProvider clock);
}
