namespace DocClassifier.Samples.Corpus;

// A class's template written as a table: its label, the attachments that may follow its main page, and one
// page writer per layout (an unknown layout gets the last). Prepare runs first for every layout, so what it
// draws (the tax topic) is drawn in the same order whichever layout follows.
internal abstract class LayoutTemplate(
    string label,
    IReadOnlyList<AttachmentKind> attachments,
    params (string Name, Func<SampleContext, PageContent> Write)[] layouts) : ISampleTemplate
{
    public string Label => label;

    public IReadOnlyList<string> Layouts { get; } = [.. layouts.Select(l => l.Name)];

    public IReadOnlyList<AttachmentKind> Attachments => attachments;

    public PageContent Compose(SampleContext context, string layout)
    {
        Prepare(context);
        var write = Array.Find(layouts, l => l.Name == layout).Write ?? layouts[^1].Write;
        return write(context);
    }

    protected virtual void Prepare(SampleContext context)
    {
    }
}
