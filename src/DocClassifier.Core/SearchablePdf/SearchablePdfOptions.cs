namespace DocClassifier.SearchablePdf;

/// <summary>Settings of what is delivered beside a result (configuration section "Results").</summary>
public sealed class SearchablePdfOptions
{
    public const string SectionName = "Results";

    /// <summary>Deliver every scanned document also as a searchable PDF (<c>&lt;id&gt;.pdf</c>); born-digital PDFs are delivered as they came either way.</summary>
    public bool SearchablePdf { get; set; } = true;
}
