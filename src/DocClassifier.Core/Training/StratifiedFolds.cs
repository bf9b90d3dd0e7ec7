namespace DocClassifier.Training;

/// <summary>
/// Assigns each document a fold so that every fold holds about the same share of every label (shuffled with a seed: the same
/// data gives the same folds). Where documents name their group (the template that made them), a label with two groups or
/// more is split by whole groups: a held-out fold then scores templates the model never saw, as documents from other people
/// will be, so calibration and thresholds are not fitted to near-copies of the training documents.
/// </summary>
internal static class StratifiedFolds
{
    public static int[] Assign(IReadOnlyList<int> labels, int folds, int seed, IReadOnlyList<string?>? groups = null)
    {
        var random = new Random(seed);
        var fold = new int[labels.Count];
        var start = 0;
        foreach (var label in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            // Each unit is a whole group, or a single document where the label's documents name fewer than two groups.
            var named = groups is not null && label.All(i => groups[i] is not null) && label.Select(i => groups[i]).Distinct().Count() >= 2;
            var units = named
                ? label.GroupBy(i => groups![i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray()
                : label.Select(i => new[] { i }).ToArray();
            random.Shuffle(units);

            // Each label continues where the previous one stopped, so small labels do not all fill fold 0 first.
            for (var u = 0; u < units.Length; u++)
            {
                foreach (var member in units[u])
                {
                    fold[member] = (start + u) % folds;
                }
            }

            start = (start + units.Length) % folds;
        }

        return fold;
    }
}
