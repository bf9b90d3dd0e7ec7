using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Two labels whose words come from one shared pool of 30 in the same proportions and whose lines are alike, so neither
/// n-grams nor layout tell them apart: every text holds the words <c>zuzu</c> and <c>gogo</c> once each, in the middle
/// of its first and its last line: <c>zuzu</c> on top in a <c>memo</c>, at the bottom in a <c>notice</c>. Only where
/// the words stand differs. Seeded.
/// </summary>
internal static class PlacedWordTexts
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve"];

    public static TrainingSet Create(int perLabel, int seed)
    {
        var random = new Random(seed);
        var pool = MadeUpWords.Pool(random, 30, Syllables);
        var examples = new List<LabeledText>();
        foreach (var (label, top) in new[] { ("memo", true), ("notice", false) })
        {
            for (var i = 0; i < perLabel; i++)
            {
                var lines = Enumerable.Range(0, random.Next(8, 14)).Select(_ => Enumerable.Range(0, 2).Select(_ => pool[random.Next(pool.Length)]).ToList()).ToList();
                lines[0].Insert(1, top ? "zuzu" : "gogo");
                lines[^1].Insert(1, top ? "gogo" : "zuzu");
                examples.Add(new LabeledText($"{seed}-{label}-{i}.txt", string.Join('\n', lines.Select(l => string.Join(' ', l))), label, $"{seed}-{label}-{i}"));
            }
        }

        return new TrainingSet(examples, [], $"placed-word texts (seed {seed})");
    }
}
