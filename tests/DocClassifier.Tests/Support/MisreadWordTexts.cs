using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>
/// <see cref="PlacedWordTexts"/> with longer words read wrong: every text holds <c>zuzuzuzuzu</c> and <c>gogogogogo</c> three
/// times each, in the middle of its first three and its last three lines (<c>zuzuzuzuzu</c> on top in a <c>memo</c>, at the
/// bottom in a <c>notice</c>), each time with two of its letters misread, so that no spelling of them comes back often enough to count
/// as a word. Only where most of their characters stand differs. Seeded.
/// </summary>
internal static class MisreadWordTexts
{
    private const string Misreadings = "bdfhjwxy";

    public static TrainingSet Create(int perLabel, int seed)
    {
        var random = new Random(seed + 1);
        string Misread(string word)
        {
            var letters = word.ToCharArray();
            foreach (var at in Enumerable.Range(0, letters.Length).OrderBy(_ => random.Next()).Take(2))
            {
                letters[at] = Misreadings[random.Next(Misreadings.Length)];
            }

            return new string(letters);
        }

        return MemoAndNoticeTexts.Create(perLabel, seed, wordsPerLine: 2, "misread-word", (lines, memo) =>
        {
            for (var i = 0; i < 3; i++)
            {
                lines[i].Insert(1, Misread(memo ? "zuzuzuzuzu" : "gogogogogo"));
                lines[^(i + 1)].Insert(1, Misread(memo ? "gogogogogo" : "zuzuzuzuzu"));
            }

            return string.Join('\n', lines.Select(l => string.Join(' ', l)));
        });
    }
}
