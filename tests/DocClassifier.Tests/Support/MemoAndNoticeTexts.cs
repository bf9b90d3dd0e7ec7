using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Two labels, <c>memo</c> and <c>notice</c>, whose texts are 8 to 13 lines of words from one shared pool of 30 made-up
/// words in the same proportions, so that words alone are at chance; <paramref name="write"/> turns a text's lines into
/// its text and makes the one difference between the labels (it is told whether the text is a memo). Seeded.
/// </summary>
internal static class MemoAndNoticeTexts
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve"];

    public static TrainingSet Create(int perLabel, int seed, int wordsPerLine, string kind, Func<List<List<string>>, bool, string> write)
    {
        var random = new Random(seed);
        var pool = MadeUpWords.Pool(random, 30, Syllables);
        var examples = new List<LabeledText>();
        foreach (var (label, memo) in new[] { ("memo", true), ("notice", false) })
        {
            for (var i = 0; i < perLabel; i++)
            {
                var lines = Enumerable.Range(0, random.Next(8, 14)).Select(_ => Enumerable.Range(0, wordsPerLine).Select(_ => pool[random.Next(pool.Length)]).ToList()).ToList();
                examples.Add(new LabeledText($"{seed}-{label}-{i}.txt", write(lines, memo), label, $"{seed}-{label}-{i}"));
            }
        }

        return new TrainingSet(examples, [], $"{kind} texts (seed {seed})");
    }
}
