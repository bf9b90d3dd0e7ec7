namespace DocClassifier.Host.Web.Api;

/// <summary>The stack a document is a part of, and its pages there (from 1: <c>3-5</c>), as the result JSON's <c>parent</c> writes them.</summary>
public sealed record ParentView(string Id, string Pages);
