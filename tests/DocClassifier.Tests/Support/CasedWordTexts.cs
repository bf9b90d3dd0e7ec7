using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>
/// Two labels whose words come from one shared pool of 30 in the same proportions and whose lines are alike, so neither
/// n-grams, the edges, the short lines nor the layout tell them apart: a <c>memo</c> writes the first word of every line
/// with a capital, a <c>notice</c> writes every word small. Only the case differs. Seeded.
/// </summary>
internal static class CasedWordTexts
{
    public static TrainingSet Create(int perLabel, int seed) => MemoAndNoticeTexts.Create(perLabel, seed, wordsPerLine: 3, "cased-word", (lines, memo) =>
        string.Join('\n', lines.Select(l => string.Join(' ', l.Select((w, at) => memo && at == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w)))));
}
