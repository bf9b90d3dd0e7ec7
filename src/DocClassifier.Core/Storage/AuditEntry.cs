namespace DocClassifier.Storage;

/// <summary>One transition in a document's history: when, who (the system, a model version, a reviewer), from, to, and detail.</summary>
public sealed record AuditEntry(string DocumentId, DateTimeOffset At, string Actor, DocumentState? From, DocumentState To, string? Detail);
