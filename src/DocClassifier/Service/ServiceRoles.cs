namespace DocClassifier.Host.Service;

/// <summary>What one node of the service does; <c>--role</c> takes one or several, comma-separated.</summary>
[Flags]
public enum ServiceRoles
{
    None = 0,

    /// <summary>Hangfire workers: extract, classify, route.</summary>
    Worker = 1,

    /// <summary>The inbox watcher (one node at a time holds the intake lease).</summary>
    Intake = 2,

    /// <summary>The review web UI and REST API.</summary>
    Web = 4,

    All = Worker | Intake | Web,
}
