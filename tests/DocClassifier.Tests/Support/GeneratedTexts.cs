using DocClassifier.Samples.Corpus;
using DocClassifier.Training;

namespace DocClassifier.Tests.Support;

/// <summary>A generated text-only corpus, read as a training set (no OCR).</summary>
internal static class GeneratedTexts
{
    public static TrainingSet Corpus(string folder, int perClass, int seed)
    {
        var corpus = Path.Combine(folder, $"corpus-{perClass}-{seed}");
        CorpusGenerator.GenerateText(corpus, perClass, seed);
        return new TrainingSetLoader(() => throw new InvalidOperationException("text only"), new TextCache(Path.Combine(folder, "cache"))).Load(corpus);
    }
}
