namespace DocClassifier.Storage;

/// <summary>A file taken from the inbox, before it is recorded. Id is the SHA-256 of its content.</summary>
public sealed record NewDocument(string Id, string OriginalFileName, string SourceFolder, DateTimeOffset ReceivedAt, string ArchivePath);
