namespace DocClassifier.Storage;

/// <summary>What kind of actor made a change: stored as a column of each audit entry, so nothing needs to parse actor names.</summary>
public enum ActorKind
{
    /// <summary>The service itself (a failure, a duplicate).</summary>
    System,

    /// <summary>The inbox's intake.</summary>
    Intake,

    /// <summary>A worker taking a document into processing.</summary>
    Worker,

    /// <summary>A model version classifying a document.</summary>
    Model,

    /// <summary>A reviewer deciding a document (and the delivery of that decision).</summary>
    Reviewer,

    /// <summary>A bot through the REST API (an upload by API key).</summary>
    Api,

    /// <summary>A named person acting outside review: an admin retrying a failure, a command-line user.</summary>
    Person,
}
