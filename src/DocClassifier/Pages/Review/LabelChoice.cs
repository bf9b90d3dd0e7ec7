using DocClassifier.Classification;
using DocClassifier.Review;

namespace DocClassifier.Host.Pages;

/// <summary>A label button on the review page: slug, readable name, and the model's probability if it is one of the top labels.</summary>
public sealed record LabelChoice(string Label, string Name, double? Probability)
{
    /// <summary>
    /// The buttons of a review or spot-check page: the model's top labels first (with their probabilities), the other labels
    /// in order, and "none of these" last; <paramref name="except"/> (the label a document was delivered under) left out.
    /// </summary>
    public static IReadOnlyList<LabelChoice> For(IReadOnlyList<LabelScore> top, IEnumerable<string> labels, IReadOnlyDictionary<string, string> names, string? except = null)
    {
        ArgumentNullException.ThrowIfNull(top);
        ArgumentNullException.ThrowIfNull(names);
        return
        [
            .. top.Where(t => t.Label != except).Select(t => new LabelChoice(t.Label, names.GetValueOrDefault(t.Label, t.Label), t.Probability)),
            .. labels.Where(l => l != except && top.All(t => t.Label != l)).Order(StringComparer.Ordinal)
                .Select(l => new LabelChoice(l, names.GetValueOrDefault(l, l), null)),
            new LabelChoice(ReviewDesk.NoneOfTheLabels, "None of these (to a clerk)", null),
        ];
    }
}
