namespace DocClassifier.Samples;

public sealed record PageContent(IReadOnlyList<PageBlock> Blocks)
{
    public PageContent(params PageBlock[] blocks)
        : this((IReadOnlyList<PageBlock>)blocks)
    {
    }

    // Reading order: rows top to bottom, cells of a table row joined by one space, rows joined by
    // "\n". Empty lines and cells are skipped because they produce no text for OCR to find.
    public string GroundTruth
    {
        get
        {
            var lines = new List<string>();
            foreach (var block in Blocks)
            {
                switch (block)
                {
                    case TextLine line when !string.IsNullOrWhiteSpace(line.Text):
                        lines.Add(line.Text.Trim());
                        break;
                    case TableBlock table:
                        foreach (var row in table.Rows)
                        {
                            var joined = string.Join(' ', row.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()));
                            if (joined.Length > 0)
                            {
                                lines.Add(joined);
                            }
                        }

                        break;
                }
            }

            return string.Join('\n', lines);
        }
    }
}
