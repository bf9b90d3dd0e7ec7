namespace DocClassifier.Samples.Corpus;

// Writes the main page of one document class in one of its layouts.
internal interface ISampleTemplate
{
    string Label { get; }

    IReadOnlyList<string> Layouts { get; }

    // Attachments that plausibly follow this class's main page, for an occasional second page.
    IReadOnlyList<AttachmentKind> Attachments { get; }

    PageContent Compose(SampleContext context, string layout);
}
