namespace DocClassifier.Host.Web.Api;

/// <summary>
/// The body of POST /api/review/{id}/split: the pages of the stack at which a document begins (from 2; page 1 always
/// begins one), e.g. <c>{"firstPages": [3, 6]}</c>; none: the stack is one document.
/// </summary>
public sealed record SplitRequest(IReadOnlyList<int>? FirstPages);
