namespace DocClassifier.Host.Web.Api;

/// <summary>The answer to an upload: the document id (SHA-256 of the content), and whether it was already known.</summary>
public sealed record UploadResult(string Id, bool Duplicate, string Location);
