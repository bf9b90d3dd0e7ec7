using DocClassifier.Classification;

namespace DocClassifier.Tests.Classification;

[TestFixture]
public class TextShapeTests
{
    private static readonly TextFeatureOptions WordsAndLayout = new([new NgramBlock(NgramKind.Word, 1, 1), NgramBlock.Layout], SublinearTf: true, Idf: true, MinDocumentFrequency: 1);

    [Test]
    public void Tokens_BinLineCountsLengthsAndShares()
    {
        var tokens = new List<string>();
        new NgramBlock(NgramKind.Layout, 1, 1).Each("abc def\n\nghij\n000 00", t => tokens.Add(t.ToString()));

        // 3 written lines of 7, 4 and 6 characters, 5 words, 20 characters, one line in four blank, 5 of 20 characters digits.
        Assert.That(tokens, Is.EqualTo(new[]
        {
            "lines2", "chars4", "words2", "meanlen2", "medlen2", "maxlen3",
            "short9", "long0", "blank2", "zeros9", "spaces2", "wpl1", "oneword3",
        }));
    }

    [Test]
    public void TheSameWordsLaidOutDifferently_GetDifferentVectors()
    {
        var vectorizer = new TfidfVectorizer(WordsAndLayout, [["alpha", "beta"], ["lines1", "lines2", "wpl1", "wpl2"]], [[1f, 1f], [1f, 1f, 1f, 1f]]);

        var oneLine = vectorizer.Transform("alpha beta alpha").DenseValues().ToArray();
        var threeLines = vectorizer.Transform("alpha\nbeta\nalpha").DenseValues().ToArray();

        Assert.That(oneLine[..2], Is.EqualTo(threeLines[..2]), "the word block cannot see lines");
        // The layout block is normalised to length 0.5 (NgramBlock.Norm): two tokens of 0.5 / sqrt 2 each.
        Assert.That(oneLine[2..], Is.EqualTo(new[] { 0.35355339f, 0, 0, 0.35355339f }).Within(1e-6), "1 line, 3 words a line");
        Assert.That(threeLines[2..], Is.EqualTo(new[] { 0, 0.35355339f, 0.35355339f, 0 }).Within(1e-6), "3 lines, 1 word a line");
    }

    [Test]
    public void ALayoutBlock_WrittenAndReadBack_GivesTheSameVectors()
    {
        var vectorizer = new TfidfVectorizer(WordsAndLayout, [["alpha", "beta"], ["lines1", "lines2", "wpl0", "wpl1"]], [[1.5f, 2f], [1f, 1.2f, 2f, 3f]]);
        using var stream = new MemoryStream();
        vectorizer.Write(stream);
        stream.Position = 0;

        var read = TfidfVectorizer.Read(stream);

        Assert.That(read.Options, Is.EqualTo(WordsAndLayout));
        Assert.That(read.Transform("alpha\nbeta beta").DenseValues(), Is.EqualTo(vectorizer.Transform("alpha\nbeta beta").DenseValues()));
    }

    [Test]
    public void FeaturesWithoutLayout_AreStillWrittenInTheFirstFormat_AndALayoutBlockInItIsRefused()
    {
        var words = WordsAndLayout with { Blocks = [new NgramBlock(NgramKind.Word, 1, 1)] };
        using var stream = new MemoryStream();
        new TfidfVectorizer(words, [["alpha"]], [[1f]]).Write(stream);
        Assert.That(BitConverter.ToInt32(stream.ToArray(), 0), Is.EqualTo(1), "models without layout stay readable by older programs");

        // Format 1 with a block kind it never had: an older writer cannot have made it, and it is refused by name.
        using var forged = new MemoryStream();
        using (var writer = new BinaryWriter(forged, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(1);
            writer.Write(true);
            writer.Write(true);
            writer.Write(1);
            writer.Write(1);
            writer.Write((int)NgramKind.Layout);
            writer.Write(1);
            writer.Write(1);
            writer.Write(0);
        }

        forged.Position = 0;
        Assert.That(() => TfidfVectorizer.Read(forged), Throws.TypeOf<InvalidDataException>().With.Message.Contains("unknown kind"));
    }
}
