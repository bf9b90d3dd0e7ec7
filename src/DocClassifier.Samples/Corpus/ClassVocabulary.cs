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

    // The request as a taxpayer asks it in everyday words, around one of the class's title cores: "想請問這樣可以申請使用牌照稅免稅嗎？".
    public string Question(SampleContext c)
    {
        var core = c.Faker.PickOf(TitleCores);
        return c.Next(0, 6) switch
        {
            0 => $"想請問我這種情況可以申請{core}嗎？",
            1 => $"請問{core}要準備哪些資料？要去哪裡辦？",
            2 => $"我想辦{core}，麻煩你們幫我處理。",
            3 => $"聽鄰居說可以申請{core}，不知道我符不符合？",
            4 => $"{core}的事情想請你們幫忙，謝謝。",
            _ => $"我要申請{core}，資料附在後面，如果可以的話麻煩幫我辦理。",
        };
    }
}
