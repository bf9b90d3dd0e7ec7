using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Two labels with the same words in the same order, every other word starting with a capital, so that neither n-grams
/// nor the words' shapes tell them apart: a <c>memo</c> breaks its lines before each capital (every line
/// <c>Word word</c>), a <c>notice</c> after it (<c>word Word</c>, a word alone first and last). Only the lines' shapes
/// differ. Seeded.
/// </summary>
internal static class LineBrokenTexts
{
    public static TrainingSet Create(int perLabel, int seed) => MemoAndNoticeTexts.Create(perLabel, seed, wordsPerLine: 2, "line-broken", (lines, memo) =>
    {
        var words = lines.SelectMany(l => l).Select((w, at) => at % 2 == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w).ToList();
        // A memo's line ends after each small word, a notice's after each capitalised one.
        return string.Concat(words.Select((w, at) => (at == 0 ? "" : (at % 2 == 0) == memo ? "\n" : " ") + w));
    });
}
