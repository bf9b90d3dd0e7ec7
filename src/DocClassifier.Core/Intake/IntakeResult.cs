namespace DocClassifier.Intake;

/// <summary>What became of a file taken from the inbox.</summary>
/// <param name="DocumentId">The content hash.</param>
/// <param name="IsNew">True for a new document that needs processing; false for a copy of a known one.</param>
/// <param name="StoredAt">Where the file now is: the archive, or the duplicates folder.</param>
/// <param name="TakenFrom">Where the file was when it was taken.</param>
public sealed record IntakeResult(string DocumentId, bool IsNew, string StoredAt, string TakenFrom);
