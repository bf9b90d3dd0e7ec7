using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Two labels whose words come from one shared pool of 30 in the same proportions and whose lines are alike, so neither
/// n-grams, the edges, the short lines nor the layout tell them apart: a <c>memo</c> writes the first word of every line
/// with a capital, a <c>notice</c> writes every word small. Only the case differs. Seeded.
/// </summary>
internal static class CasedWordTexts
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve"];

    public static TrainingSet Create(int perLabel, int seed)
    {
        var random = new Random(seed);
        var pool = MadeUpWords.Pool(random, 30, Syllables);
        var examples = new List<LabeledText>();
        foreach (var (label, capital) in new[] { ("memo", true), ("notice", false) })
        {
            for (var i = 0; i < perLabel; i++)
            {
                var lines = Enumerable.Range(0, random.Next(8, 14)).Select(_ => Enumerable.Range(0, 3).Select(_ => pool[random.Next(pool.Length)]).ToList()).ToList();
                var text = string.Join('\n', lines.Select(l => string.Join(' ', l.Select((w, at) => capital && at == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w))));
                examples.Add(new LabeledText($"{seed}-{label}-{i}.txt", text, label, $"{seed}-{label}-{i}"));
            }
        }

        return new TrainingSet(examples, [], $"cased-word texts (seed {seed})");
    }
}
