namespace DocClassifier.Samples.Corpus;

// How one document looks and words things, drawn from its own random stream so that the choice
// never shifts the content: typefaces of body, title and filled-in values (Kai reads like a hand),
// letter-spaced titles ("申　請　書"), and the county's wording (Phrasings).
internal sealed record DocumentStyle(
    TypefaceStyle Body,
    TypefaceStyle Title,
    TypefaceStyle Fill,
    string? TitleSpacer,
    IReadOnlyDictionary<string, string> Wording)
{
    public static DocumentStyle Plain { get; } = new(TypefaceStyle.Sans, TypefaceStyle.Sans, TypefaceStyle.Sans, null, new Dictionary<string, string>());

    public static DocumentStyle Choose(Random random, bool rewordable)
    {
        var body = Face(random);
        var title = random.NextDouble() < 0.5 ? body : Face(random);
        var fill = random.NextDouble() < 0.35 ? TypefaceStyle.Kai : body;
        var spacer = random.NextDouble() switch
        {
            < 0.15 => " ",
            < 0.3 => "\u3000",
            _ => null,
        };
        var wording = rewordable ? Phrasings.Choose(random, share: 0.35) : new Dictionary<string, string>();
        return new DocumentStyle(body, title, fill, spacer, wording);
    }

    public PageContent Apply(PageContent page) =>
        new([.. page.Blocks.Select(block => block switch
        {
            TextLine line when IsTitle(line) => line with { Text = Space(Phrasings.Rewrite(line.Text, Wording)), Face = Title },
            TextLine line => line with { Text = Phrasings.Rewrite(line.Text, Wording), Face = Body },
            TableBlock table => table with
            {
                Rows = [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => Phrasings.Rewrite(cell, Wording))])],
                Face = Body,
                FillFace = Fill,
            },
            _ => block,
        })]);

    private static bool IsTitle(TextLine line) => line.Bold && line.SizePt >= 14f;

    private string Space(string title) =>
        TitleSpacer is null || title.Length > 14 || title.Contains(' ', StringComparison.Ordinal) || title.Contains('\u3000', StringComparison.Ordinal)
            ? title
            : string.Join(TitleSpacer, title.ToCharArray());

    // Sans for modern forms, serif and Ming for most government print, Kai now and then.
    private static TypefaceStyle Face(Random random) => random.NextDouble() switch
    {
        < 0.4 => TypefaceStyle.Sans,
        < 0.65 => TypefaceStyle.Serif,
        < 0.85 => TypefaceStyle.Ming,
        _ => TypefaceStyle.Kai,
    };
}
