using DocClassifier.Classification;

namespace DocClassifier.Tests.Classification;

[TestFixture]
public class ClassifierTextTests
{
    [Test]
    public void Prepare_FoldsWidthDigitsAndPunctuation_AndKeepsCase() =>
        Assert.That(ClassifierText.Prepare("民國１１３年：NT$48,252 Abc-1234"), Is.EqualTo("民國000年 NT 00 000 Abc 0000"));

    [Test]
    public void EveryBlockButTheShapes_ReadsPreparedTextLowerCased()
    {
        var words = new List<string>();
        var shapes = new List<string>();
        new NgramBlock(NgramKind.Word, 1, 1).Each("Dear SIR a 0000 契稅", t => words.Add(t.ToString()));
        NgramBlock.Shapes.Each("Dear SIR a 0000 契稅", t => shapes.Add(t.ToString()));

        Assert.That(words, Is.EqualTo(new[] { "dear", "sir", "a", "0000", "契稅" }));
        Assert.That(shapes, Is.EqualTo(new[] { "Xxx", "Xxx XX", "XX", "XX x", "x", "x dd", "dd", "dd oo", "oo" }));
    }

    [Test]
    public void TheLineShapesBlock_TakesOneTokenALine_TheShapesOfItsFirstFourWords()
    {
        var tokens = new List<string>();
        NgramBlock.LineShapes.Each("From J Smith\n0\nSubject Budget for 0000 and 0000\n契稅 申報", t => tokens.Add(t.ToString()));

        // "0" is no line (fewer than two letters or digits); the third line's last two words are past the first four.
        Assert.That(tokens, Is.EqualTo(new[] { "Xxx|X|Xxx", "Xxx|Xxx|xx|dd", "oo|oo" }));
    }

    [Test]
    public void TheEdgeCharactersBlock_TakesTheCharactersWithinTheEdgeLinesWords_EachMarked()
    {
        var tokens = new List<string>();
        NgramBlock.EdgeCharacters.Each("Dear Jo\n0", t => tokens.Add(t.ToString()));

        // One line ("0" is none), so it is the top and the bottom; lower-cased; each word padded with spaces, its 3-5-grams
        // (a padded word no longer than n whole, as scikit-learn's char_wb), each with the line's mark in front.
        string[] grams = [" de", "dea", "ear", "ar ", " dea", "dear", "ear ", " dear", "dear ", " jo", "jo ", " jo "];
        Assert.That(tokens, Is.EqualTo(grams.Select(g => "^" + g).Concat(grams.Select(g => "$" + g))));
    }
}
