using System.Collections;

namespace DocClassifier.Learning;

/// <summary>
/// The labels a reviewer can choose now: the live model's, plus those an administrator added (which the
/// model learns once reviewers have given them enough examples). Read afresh each time, so a promotion or
/// a new label shows without a restart.
/// </summary>
public sealed class LiveLabelCollection(HotSwappingClassifier classifier, ModelRegistry registry) : IReadOnlyCollection<string>
{
    public int Count => Labels().Count;

    public IReadOnlyList<AddedLabel> Added => registry.AddedLabels();

    /// <summary>
    /// Readable names by label: an added label's own name, else the live model card's (<see cref="Classification.ModelCard.LabelNames"/>);
    /// a label with neither is shown as itself.
    /// </summary>
    public IReadOnlyDictionary<string, string> Names()
    {
        var names = new Dictionary<string, string>(classifier.Current.Card.LabelNames ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var added in registry.AddedLabels().Where(a => !string.IsNullOrWhiteSpace(a.DisplayName)))
        {
            names[added.Label] = added.DisplayName;
        }

        return names;
    }

    public IEnumerator<string> GetEnumerator() => Labels().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<string> Labels() =>
        classifier.Current.Card.Labels.Union(registry.AddedLabels().Select(a => a.Label), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
