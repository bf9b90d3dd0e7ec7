using System.Globalization;

namespace DocClassifier.Splitting;

/// <summary>
/// The page model's proposal for a stack as the ledger keeps it (<c>Storage.LedgerDocument.SplitProposal</c>): each
/// page from the second with its probability of beginning a document, <c>2:0.0310 3:0.6200</c>.
/// </summary>
public static class PageBoundaries
{
    /// <summary>At this probability or more the page model's best guess is that a document begins at the page.</summary>
    public const double BestGuess = 0.5;

    public static string Format(IEnumerable<PageBoundary> boundaries)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        return string.Join(' ', boundaries.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Page}:{b.Probability:0.0000}")));
    }

    /// <summary>The boundaries written by <see cref="Format"/>; empty for null or empty text.</summary>
    /// <exception cref="FormatException">The text is not such a list.</exception>
    public static IReadOnlyList<PageBoundary> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(item => item.Split(':') is [var page, var probability]
                ? new PageBoundary(int.Parse(page, CultureInfo.InvariantCulture), double.Parse(probability, CultureInfo.InvariantCulture))
                : throw new FormatException($"'{item}' is not PAGE:PROBABILITY."))];

    /// <summary>The pages the model would begin a document at, were it to guess: probability <see cref="BestGuess"/> or more.</summary>
    public static IReadOnlyList<int> Guess(IEnumerable<PageBoundary> boundaries) =>
        [.. boundaries.Where(b => b.Probability >= BestGuess).Select(b => b.Page)];

    /// <summary>
    /// The stack cut before each of <paramref name="firstPages"/> (page 1 always begins one): the split a reviewer makes.
    /// </summary>
    /// <exception cref="ArgumentException">A page is outside 2..<paramref name="pageCount"/> or named twice.</exception>
    public static StackSplit Cut(int pageCount, IReadOnlyCollection<int> firstPages)
    {
        ArgumentNullException.ThrowIfNull(firstPages);
        if (firstPages.Where(p => p < 2 || p > pageCount).Select(p => (int?)p).FirstOrDefault() is { } outside)
        {
            throw new ArgumentException($"Page {outside} cannot begin a document: the stack's pages are 1-{pageCount}, and page 1 always begins one.", nameof(firstPages));
        }

        if (firstPages.Distinct().Count() != firstPages.Count)
        {
            throw new ArgumentException("A page is named twice.", nameof(firstPages));
        }

        var starts = firstPages.Order().Prepend(1).Append(pageCount + 1).ToList();
        var parts = starts.Zip(starts.Skip(1))
            .Select((range, i) => new StackPart(i + 1, range.First, range.Second - 1, i == 0 ? BoundaryKind.StackStart : BoundaryKind.Reviewer, null, 1.0))
            .ToList();
        return new StackSplit(pageCount, parts, []);
    }
}
