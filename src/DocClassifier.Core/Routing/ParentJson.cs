namespace DocClassifier.Routing;

/// <summary>The <c>parent</c> of a result for a part of a scanned stack: the stack's id and the part's pages in it (from 1, <c>3-5</c>).</summary>
internal sealed record ParentJson(string Id, string Pages);
