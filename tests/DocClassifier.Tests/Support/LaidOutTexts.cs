using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Two labels whose words come from one shared pool in the same proportions, so no n-gram tells them apart:
/// a <c>list</c> has four words a line, a <c>letter</c> 8 to 14. Only the layout differs: the lines are longer than short
/// lines (<see cref="Classification.NgramBlock.ShortLineWords"/>) and at least as long as a line's shape
/// (<see cref="Classification.NgramBlock.LineShapeWords"/>) in both. Seeded.
/// </summary>
internal static class LaidOutTexts
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu"];

    public static TrainingSet Create(int perLabel, int seed)
    {
        var random = new Random(seed);
        var pool = MadeUpWords.Pool(random, 200, Syllables);
        var examples = new List<LabeledText>();
        foreach (var (label, fewest, most) in new[] { ("list", 4, 4), ("letter", 8, 14) })
        {
            for (var i = 0; i < perLabel; i++)
            {
                var words = Enumerable.Range(0, random.Next(40, 80)).Select(_ => pool[random.Next(pool.Length)]).ToList();
                var lines = words.Chunk(random.Next(fewest, most + 1)).Select(line => string.Join(' ', line));
                examples.Add(new LabeledText($"{seed}-{label}-{i}.txt", string.Join('\n', lines), label, $"{seed}-{label}-{i}"));
            }
        }

        return new TrainingSet(examples, [], $"laid-out texts (seed {seed})");
    }
}
