using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>Which cells are read again with the ID whitelist: numbers and IDs, never words or amounts in 元.</summary>
[TestFixture]
public class IdentifierReadingTests
{
    [TestCase("9550HS91|2S")]
    [TestCase("下184352706")]
    [TestCase("01846171")]
    [TestCase("(04)4120-3192")]
    public void ANumberOrIdReadBadly_IsReadAgain(string cell) =>
        Assert.That(IdentifierReading.LooksLikeIdentifier(cell), Is.True);

    [TestCase("王小明")]
    [TestCase("1,295,508元")]
    [TestCase("113年")]
    [TestCase("ABCDEFGH")]
    public void WordsShortNumbersAndAmounts_AreNot(string cell) =>
        Assert.That(IdentifierReading.LooksLikeIdentifier(cell), Is.False);
}
