namespace DocClassifier.Intake;

/// <summary>
/// Which node takes files from the inbox: exactly one at a time, so adding nodes never ingests a file
/// twice; when the holder dies its lease is released and another node takes over.
/// </summary>
public interface IIntakeLease : IDisposable
{
    /// <summary>True while this node holds the lease; tries to take it when free. Cheap enough to call every pass.</summary>
    bool TryHold();
}
