namespace DocClassifier.Samples.Corpus;

// What one class says, apart from how a page is laid out: title cores ("房屋稅減免"), the facts a
// form asks for, a sentence that states the request (naming the tax, for pages without a title),
// a sentence of reasons, and attachments. ComposedTemplate lays these out in layouts of its own,
// so a class is written in phrasings and layouts its hand-written template never uses.
internal sealed record ClassVocabulary(
    string Label,
    IReadOnlyList<string> TitleCores,
    Func<SampleContext, IReadOnlyList<(string Key, string Value)>> Facts,
    Func<SampleContext, string> Request,
    Func<SampleContext, string> Reason,
    IReadOnlyList<string> Attachments)
{
    // An agency's letter (公文): no applicant, no taxpayer's ID, no "本人"; composed layouts leave them out.
    public bool FromAnAgency { get; init; }
}
