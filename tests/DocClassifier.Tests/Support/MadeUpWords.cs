namespace DocClassifier.Tests.Support;

/// <summary>Made-up words of two or three syllables drawn from a seeded random source: the vocabulary of the synthetic texts.</summary>
internal static class MadeUpWords
{
    public static string Word(Random random, IReadOnlyList<string> syllables) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => syllables[random.Next(syllables.Count)]));

    public static string[] Pool(Random random, int count, IReadOnlyList<string> syllables) => [.. Enumerable.Range(0, count).Select(_ => Word(random, syllables))];
}
