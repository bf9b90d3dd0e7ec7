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
    public static TrainingSet Create(int perLabel, int seed) => MemoAndNoticeTexts.Create(perLabel, seed, wordsPerLine: 2, "placed-word", (lines, memo) =>
    {
        lines[0].Insert(1, memo ? "zuzu" : "gogo");
        lines[^1].Insert(1, memo ? "gogo" : "zuzu");
        return string.Join('\n', lines.Select(l => string.Join(' ', l)));
    });
}
