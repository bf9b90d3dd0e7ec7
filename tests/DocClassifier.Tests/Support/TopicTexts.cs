using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Small English-like labelled sets made up on the spot: each label has topic words, every document mixes
/// a few of them into shared filler words, and a share of labels is wrong, as in a real archive. Seeded.
/// </summary>
internal static class TopicTexts
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu", "bo", "de", "fi", "gu", "ha", "je"];

    /// <param name="topicShare">Share of a document's words that come from its label's topic words.</param>
    /// <param name="wrongLabels">Share of documents whose label is replaced by another at random.</param>
    public static TrainingSet Create(int labels, int perLabel, double topicShare, double wrongLabels, int seed)
    {
        var random = new Random(seed);
        var filler = Enumerable.Range(0, 400).Select(_ => Word(random)).Distinct().ToArray();
        var topics = Enumerable.Range(0, labels).Select(_ => Enumerable.Range(0, 25).Select(_ => Word(random)).ToArray()).ToArray();
        var examples = new List<LabeledText>();
        for (var label = 0; label < labels; label++)
        {
            for (var i = 0; i < perLabel; i++)
            {
                var words = Enumerable.Range(0, 60).Select(_ => random.NextDouble() < topicShare ? topics[label][random.Next(25)] : filler[random.Next(filler.Length)]);
                var text = string.Join(' ', words);
                var named = random.NextDouble() < wrongLabels ? (label + 1 + random.Next(labels - 1)) % labels : label;
                examples.Add(new LabeledText($"{seed}-{label}-{i}.txt", text, $"topic-{named}", $"{seed}-{label}-{i}"));
            }
        }

        return new TrainingSet(examples, [], $"topic texts (seed {seed})");
    }

    private static string Word(Random random) => MadeUpWords.Word(random, Syllables);
}
