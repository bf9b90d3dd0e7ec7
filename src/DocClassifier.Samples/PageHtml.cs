using System.Globalization;
using System.Net;
using System.Text;

namespace DocClassifier.Samples;

/// <summary>
/// A document's pages as one HTML page for a browser to print, one sheet per page: the born-digital
/// PDF an office suite or a tax portal produces (text in subsetted TrueType fonts), where
/// <see cref="PageRenderer.RenderPdf"/> gives SkiaSharp's (CJK text in Type 3 fonts).
/// </summary>
public static class PageHtml
{
    /// <summary>
    /// A Traditional Chinese TrueType (not CFF) font, so a browser embeds a CID TrueType subset. Bold is
    /// never synthesised: a synthetic bold glyph is printed as a Type 3 font.
    /// </summary>
    public const string FontFamily = "AR PL UMing TW";

    public static string Document(IReadOnlyList<PageContent> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"zh-Hant\"><head><meta charset=\"utf-8\"><style>")
            .Append(CultureInfo.InvariantCulture, $"@page {{ size: A4; margin: {PageRenderer.MarginInches}in }} ")
            .Append(CultureInfo.InvariantCulture, $"body {{ margin: 0; font-family: '{FontFamily}', serif; font-synthesis: none }} ")
            .Append("section { break-after: page } section:last-child { break-after: auto } ")
            .Append("p { margin: 0; line-height: 1.6; white-space: pre } ")
            .Append("table { border-collapse: collapse; table-layout: fixed } td { border: 0.5pt solid black; padding: 0 0.5em; height: 2.2em } ")
            .Append("td.label { background: #ebebeb }")
            .Append("</style></head><body>");
        foreach (var page in pages)
        {
            html.Append("<section>");
            foreach (var block in page.Blocks)
            {
                switch (block)
                {
                    case TextLine line:
                        Line(html, line);
                        break;
                    case TableBlock table:
                        Table(html, table);
                        break;
                    default:
                        throw new NotSupportedException($"Unknown block type {block.GetType().Name}.");
                }
            }

            html.Append("</section>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Line(StringBuilder html, TextLine line) =>
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size: {line.SizePt}pt; margin-left: {line.IndentInches}in; margin-top: {line.SpaceBeforePt}pt")
            .Append(line.Bold ? "; font-weight: bold\">" : "\">")
            .Append(string.IsNullOrWhiteSpace(line.Text) ? "&nbsp;" : WebUtility.HtmlEncode(line.Text))
            .Append("</p>");

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table style=\"width: 100%; font-size: {table.SizePt}pt; margin-top: {table.SpaceBeforePt}pt\"><colgroup>");
        var total = table.ColumnWidths.Sum();
        foreach (var width in table.ColumnWidths)
        {
            html.Append(CultureInfo.InvariantCulture, $"<col style=\"width: {width / total * 100:F2}%\">");
        }

        html.Append("</colgroup>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(table.ShadeLabelColumns && i % 2 == 0 ? "<td class=\"label\">" : "<td>")
                    .Append(WebUtility.HtmlEncode(row[i]))
                    .Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }
}
