using DocClassifier.Classification;

namespace DocClassifier.Tests.Classification;

[TestFixture]
public class EdgeWordsTests
{
    [Test]
    public void TheEdgesBlock_TakesTheWordsOfTheFirstAndLastThreeLines_MarkedByWhereTheyStand()
    {
        var tokens = new List<string>();
        NgramBlock.Edges.Each("dear sir\n0\n \nre tax\nbody one\nbody two\nmiddle\nyours\ntruly\nann", t => tokens.Add(t.ToString()));

        // "0" and the blank line are not lines (fewer than two letters or digits); "ann" is.
        Assert.That(tokens, Is.EqualTo(new[]
        {
            "^dear", "^dear ^sir", "^sir", "^sir ^re", "^re", "^re ^tax", "^tax", "^tax ^body", "^body", "^body ^one", "^one", "^one $yours",
            "$yours", "$yours $truly", "$truly", "$truly $ann", "$ann",
        }));
    }

    [Test]
    public void AShortText_HasItsLinesInBothEdges()
    {
        var tokens = new List<string>();
        NgramBlock.Edges.Each("only line", t => tokens.Add(t.ToString()));

        Assert.That(tokens, Is.EqualTo(new[] { "^only", "^only ^line", "^line", "^line $only", "$only", "$only $line", "$line" }));
    }

    [Test]
    public void TheShortLinesBlock_TakesTheWordsOfLinesOfThreeWordsAtMost()
    {
        var tokens = new List<string>();
        NgramBlock.ShortLines.Each("memorandum\nto all staff\nthe meeting is moved to friday\n0\nsigned j smith", t => tokens.Add(t.ToString()));

        // "0" is no line (fewer than two letters or digits); the five-word line is no short line.
        Assert.That(tokens, Is.EqualTo(new[] { "memorandum", "to", "all", "staff", "signed", "j", "smith" }));
    }

    [Test]
    public void AnEdgesBlock_WrittenAndReadBack_GivesTheSameVectors_AtHalfLength()
    {
        var options = new TextFeatureOptions([new NgramBlock(NgramKind.Word, 1, 1), NgramBlock.Edges], SublinearTf: true, Idf: true, MinDocumentFrequency: 1, NbWeighting: true);
        var vectorizer = new TfidfVectorizer(options, [["alpha", "beta"], ["^alpha", "$beta"]], [[1f, 1f], [1f, 1f]]);
        using var stream = new MemoryStream();
        vectorizer.Write(stream);
        stream.Position = 0;

        var read = TfidfVectorizer.Read(stream);

        Assert.That(read.Options, Is.EqualTo(options));
        var vector = read.Transform("alpha\ngamma\nbeta").DenseValues().ToArray();
        Assert.That(vector, Is.EqualTo(vectorizer.Transform("alpha\ngamma\nbeta").DenseValues()));
        Assert.That(vector[2..], Is.EqualTo(new[] { 0.35355339f, 0.35355339f }).Within(1e-6), "two edge words, the block at length 0.5");
    }
}
