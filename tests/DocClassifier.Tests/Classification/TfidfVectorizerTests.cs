using DocClassifier.Classification;

namespace DocClassifier.Tests.Classification;

[TestFixture]
public class TfidfVectorizerTests
{
    private static List<string> Ngrams(NgramBlock block, string text)
    {
        var found = new List<string>();
        block.Each(text, g => found.Add(g.ToString()));
        return found;
    }

    [Test]
    public void CharactersWithinWords_AreTakenAsScikitLearnsCharWb()
    {
        Assert.That(Ngrams(new NgramBlock(NgramKind.CharacterWithinWords, 2, 4), "ab  cde"), Is.EqualTo(new[]
        {
            " a", "ab", "b ", " ab", "ab ", " ab ",
            " c", "cd", "de", "e ", " cd", "cde", "de ", " cde", "cde ",
        }));
    }

    [Test]
    public void PlainCharacters_CrossWordBoundaries_AndWordNgramsJoinWithOneSpace()
    {
        Assert.That(Ngrams(new NgramBlock(NgramKind.Character, 2, 2), "房屋 稅"), Is.EqualTo(new[] { "房屋", "屋 ", " 稅" }));
        Assert.That(Ngrams(new NgramBlock(NgramKind.Word, 1, 2), " red   car blue "), Is.EqualTo(new[] { "red", "red car", "car", "car blue", "blue" }));
    }

    [Test]
    public void SublinearTf_WeighsARepeatedTermAsOnePlusItsLogarithm()
    {
        var words = new TextFeatureOptions([new NgramBlock(NgramKind.Word, 1, 1)], SublinearTf: true, Idf: false, MinDocumentFrequency: 1);
        var vectorizer = new TfidfVectorizer(words, [["alpha", "beta"]], [[1f, 1f]]);

        var vector = vectorizer.Transform("alpha alpha alpha beta gamma").DenseValues().ToArray();

        Assert.That(vector[0] / vector[1], Is.EqualTo(1 + Math.Log(3)).Within(1e-5));
        Assert.That(vector.Sum(v => v * v), Is.EqualTo(1).Within(1e-5), "each block is L2-normalised");
    }

    [Test]
    public void WrittenAndReadBack_TheVectorizerGivesTheSameVectors()
    {
        var options = new TextFeatureOptions([new NgramBlock(NgramKind.Word, 1, 2), new NgramBlock(NgramKind.Character, 1, 3)], SublinearTf: true, Idf: true, MinDocumentFrequency: 2);
        var vectorizer = new TfidfVectorizer(options, [["房屋稅", "減免 申請"], ["房", "稅", "申請"]], [[1.5f, 2f], [1.1f, 1.2f, 3f]]);
        using var stream = new MemoryStream();
        vectorizer.Write(stream);
        stream.Position = 0;

        var read = TfidfVectorizer.Read(stream);
        var text = "房屋稅 減免 申請 房屋稅";

        Assert.That(read.Options, Is.EqualTo(options));
        Assert.That(read.Dimension, Is.EqualTo(5));
        Assert.That(read.Transform(text).DenseValues(), Is.EqualTo(vectorizer.Transform(text).DenseValues()));
    }

    [Test]
    public void ConcatenatedVectorizers_GiveTheirVectorsOneAfterAnother()
    {
        var words = new TextFeatureOptions([new NgramBlock(NgramKind.Word, 1, 1)], SublinearTf: true, Idf: true, MinDocumentFrequency: 1);
        var first = new TfidfVectorizer(words, [["alpha", "beta"]], [[1f, 2f]]);
        var second = new TfidfVectorizer(words, [["beta", "gamma", "delta"]], [[3f, 1f, 1f]]);
        const string text = "alpha beta beta gamma";

        var both = TfidfVectorizer.Concatenate([first, second]);

        Assert.That(both.Dimension, Is.EqualTo(5));
        Assert.That(both.Transform(text).DenseValues(), Is.EqualTo(first.Transform(text).DenseValues().Concat(second.Transform(text).DenseValues())));
    }
}
