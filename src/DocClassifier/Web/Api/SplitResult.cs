namespace DocClassifier.Host.Web.Api;

/// <summary>The answer to a stack's split: the stack (Split, or Received when kept whole) and its parts, each a document of its own.</summary>
public sealed record SplitResult(DocumentView Stack, IReadOnlyList<DocumentView> Parts);
