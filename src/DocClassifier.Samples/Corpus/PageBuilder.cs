namespace DocClassifier.Samples.Corpus;

// Builds one A4 page from lines, wrapped paragraphs and ruled grids. PageContent never wraps
// text, so paragraphs are wrapped here; Build() shrinks the whole page when it would overflow,
// because PagePainter throws on content taller than the page.
internal sealed class PageBuilder
{
    public const float BodyPt = 12f;

    // PagePainter's private line and table row heights, as multiples of the font size.
    private const float LineSpacing = 1.6f;
    private const float TableRowSpacing = 2.2f;
    private const float PointsPerInch = 72f;
    private const float SmallestScale = 0.68f;

    // Fill at most 99% of the text area, so float rounding in PagePainter never tips a full page over.
    private const float Fill = 0.99f;

    private static readonly float TextWidthPt = (PageRenderer.A4WidthInches - (2 * PageRenderer.MarginInches)) * PointsPerInch;
    private static readonly float TextHeightPt = (PageRenderer.A4HeightInches - (2 * PageRenderer.MarginInches)) * PointsPerInch;

    private readonly List<PageBlock> blocks = [];
    private float pendingSpace;

    public PageBuilder(float bodyPt = BodyPt) => Body = bodyPt;

    public float Body { get; }

    public static float TextWidthInches => TextWidthPt / PointsPerInch;

    public PageBuilder Space(float points)
    {
        pendingSpace += points;
        return this;
    }

    public PageBuilder Line(string text, float indentInches = 0f, float? size = null, bool bold = false)
    {
        blocks.Add(new TextLine(text, size ?? Body, bold, indentInches, TakeSpace()));
        return this;
    }

    public PageBuilder Centered(string text, float size, bool bold = true)
    {
        var indent = Math.Max(0f, (TextWidthPt - (TextMeasure.Em(text) * size)) / 2f / PointsPerInch);
        return Line(text, indent, size, bold);
    }

    public PageBuilder Right(string text, float? size = null)
    {
        var s = size ?? Body;
        var indent = Math.Max(0f, (TextWidthPt - (TextMeasure.Em(text) * s) - s) / PointsPerInch);
        return Line(text, indent, s);
    }

    // A paragraph whose first line is indented by firstIndentEm (two ideographic spaces' worth
    // is the Chinese convention) and whose other lines start at indentInches.
    public PageBuilder Paragraph(string text, float firstIndentEm = 2f, float indentInches = 0f)
    {
        var available = (TextWidthPt / Body) - (indentInches * PointsPerInch / Body) - 0.5f;
        var lines = TextMeasure.Wrap(text, available, available - firstIndentEm);
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = indentInches + (i == 0 ? firstIndentEm * Body / PointsPerInch : 0f);
            Line(lines[i], indent);
        }

        return this;
    }

    // "一、text" with continuation lines hanging under the text, as in 公文 說明 points.
    public PageBuilder Hanging(string marker, string text, float indentInches = 0f)
    {
        var markerInches = TextMeasure.Em(marker) * Body / PointsPerInch;
        var available = (TextWidthPt / Body) - ((indentInches + markerInches) * PointsPerInch / Body) - 0.5f;
        var lines = TextMeasure.Wrap(text, available, available);
        for (var i = 0; i < lines.Count; i++)
        {
            Line(i == 0 ? marker + lines[i] : lines[i], i == 0 ? indentInches : indentInches + markerInches);
        }

        return this;
    }

    public PageBuilder Grid(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<float> widths, bool shade = true, float? size = null)
    {
        blocks.Add(new TableBlock(rows, widths, size ?? Body, shade, TakeSpace()));
        return this;
    }

    public PageContent Build()
    {
        var height = Height(blocks);
        if (height <= TextHeightPt * Fill)
        {
            return new PageContent([.. blocks]);
        }

        var scale = TextHeightPt * Fill / height;
        if (scale < SmallestScale)
        {
            throw new InvalidOperationException($"A sample page is {height / TextHeightPt:P0} of the page height; shorten the layout.");
        }

        return new PageContent([.. blocks.Select(b => Scale(b, scale))]);
    }

    public static float Height(IEnumerable<PageBlock> blocks) => blocks.Sum(b => b switch
    {
        TextLine line => line.SpaceBeforePt + (line.SizePt * LineSpacing),
        TableBlock table => table.SpaceBeforePt + (table.Rows.Count * table.SizePt * TableRowSpacing),
        _ => 0f,
    });

    private static PageBlock Scale(PageBlock block, float scale) => block switch
    {
        TextLine line => line with { SizePt = line.SizePt * scale, SpaceBeforePt = line.SpaceBeforePt * scale },
        TableBlock table => table with { SizePt = table.SizePt * scale, SpaceBeforePt = table.SpaceBeforePt * scale },
        _ => block,
    };

    private float TakeSpace()
    {
        var space = pendingSpace;
        pendingSpace = 0;
        return space;
    }
}
