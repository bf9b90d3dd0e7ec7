using DocClassifier.Fields;

namespace DocClassifier.Tests.Fields;

/// <summary>Reviewers' field corrections are checked and normalised, then replace, remove or add values.</summary>
public sealed class FieldCorrectionsTests
{
    [TestCase("nationalId", " b123456780 ", "B123456780")]
    [TestCase("businessNumber", "0459 5257", "04595257")]
    [TestCase("date", "2024-05-01", "2024-05-01")]
    [TestCase("date", "113/05/01", "2024-05-01")]
    [TestCase("date", "民國113年5月1日", "2024-05-01")]
    [TestCase("amount", "新臺幣48,252元", "48252")]
    [TestCase("amount", "NT$1,200.50", "1200.50")]
    [TestCase("amount", "肆萬捌仟貳佰伍拾貳元", "48252")]
    [TestCase("vehiclePlate", "abc-1234", "ABC-1234")]
    [TestCase("taxpayerName", " 王小明 ", "王小明")]
    [TestCase("nationalId", "", "")]
    public void Normalize_ChecksAndNormalisesTheValue(string name, string value, string expected) =>
        Assert.That(FieldCorrections.Normalize(new FieldCorrection(name, 0, value)).Value, Is.EqualTo(expected));

    [TestCase("nationalId", "A123456788", "not a valid national ID")]
    [TestCase("businessNumber", "12345678", "not a valid unified business number")]
    [TestCase("date", "2024-13-40", "not a date")]
    [TestCase("amount", "a lot", "not an amount")]
    [TestCase("shoeSize", "42", "not a field")]
    public void Normalize_RefusesValuesThatCannotBeRight(string name, string value, string message) =>
        Assert.That(() => FieldCorrections.Normalize(new FieldCorrection(name, 0, value)), Throws.ArgumentException.With.Message.Contains(message));

    [Test]
    public void Apply_ReplacesRemovesAndAdds_MarkingWhoCorrected()
    {
        IReadOnlyList<ExtractedField> found =
        [
            ExtractedField.Valid("date", "2024-05-01", "113/05/01", 1),
            ExtractedField.Valid("amount", "100", "100元", 1),
            ExtractedField.Invalid("date", "2024-02-30", "113/02/30", 2, "no such day"),
        ];

        var fields = FieldCorrections.Apply(
            found,
            [new FieldCorrection("date", 1, "2024-02-29"), new FieldCorrection("amount", 0, ""), new FieldCorrection("nationalId", -1, "A123456789")],
            "reviewer:rosa");

        Assert.That(fields.Select(f => (f.Name, f.Value, f.Page, f.IsValid, f.CorrectedBy)), Is.EqualTo(new[]
        {
            ("date", "2024-05-01", 1, true, (string?)null),
            ("date", "2024-02-29", 2, true, "reviewer:rosa"),
            ("nationalId", "A123456789", 0, true, "reviewer:rosa"),
        }));
        Assert.That(fields[1].Raw, Is.EqualTo("113/02/30"), "what was written stays");
    }
}
