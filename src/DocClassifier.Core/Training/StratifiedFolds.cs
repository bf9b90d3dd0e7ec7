namespace DocClassifier.Training;

/// <summary>Assigns each document a fold so that every fold holds about the same share of every label (shuffled with a seed: the same data gives the same folds).</summary>
internal static class StratifiedFolds
{
    public static int[] Assign(IReadOnlyList<int> labels, int folds, int seed)
    {
        var random = new Random(seed);
        var fold = new int[labels.Count];
        var start = 0;
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);

            // Each label continues where the previous one stopped, so small labels do not all fill fold 0 first.
            for (var i = 0; i < members.Length; i++)
            {
                fold[members[i]] = (start + i) % folds;
            }

            start = (start + members.Length) % folds;
        }

        return fold;
    }
}
