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
        Assert.That(FieldCorrections.Normalize(new FieldCorrection(name, name + "-1-0", value)).Value, Is.EqualTo(expected));

    [TestCase("nationalId", "A123456788", "not a valid national ID")]
    [TestCase("businessNumber", "12345678", "not a valid unified business number")]
    [TestCase("date", "2024-13-40", "not a date")]
    [TestCase("amount", "a lot", "not an amount")]
    [TestCase("shoeSize", "42", "not a field")]
    public void Normalize_RefusesValuesThatCannotBeRight(string name, string value, string message) =>
        Assert.That(() => FieldCorrections.Normalize(new FieldCorrection(name, name + "-1-0", value)), Throws.ArgumentException.With.Message.Contains(message));

    [Test]
    public void Normalize_RefusesACorrectionWithoutAFieldId() =>
        Assert.That(() => FieldCorrections.Normalize(new FieldCorrection("nationalId", "", "A123456789")), Throws.ArgumentException.With.Message.Contains("names no field id"));

    [Test]
    public void Apply_ReplacesRemovesAndAdds_MarkingWhoCorrected()
    {
        var found = FieldExtractors.WithIds(
        [
            ExtractedField.Valid("date", "2024-05-01", "113/05/01", 1),
            ExtractedField.Valid("amount", "100", "100元", 1),
            ExtractedField.Invalid("date", "2024-02-30", "113/02/30", 2, "no such day"),
        ]);

        var fields = FieldCorrections.Apply(
            found,
            [new FieldCorrection("date", "date-2-0", "2024-02-29"), new FieldCorrection("amount", "amount-1-0", ""), new FieldCorrection("nationalId", FieldCorrection.New, "A123456789")],
            "reviewer:rosa");

        Assert.That(fields.Select(f => (f.Name, f.Value, f.Page, f.IsValid, f.CorrectedBy)), Is.EqualTo(new[]
        {
            ("date", "2024-05-01", 1, true, (string?)null),
            ("date", "2024-02-29", 2, true, "reviewer:rosa"),
            ("nationalId", "A123456789", 0, true, "reviewer:rosa"),
        }));
        Assert.That(fields[1].Raw, Is.EqualTo("113/02/30"), "what was written stays");
        Assert.That(fields[2].Id, Is.EqualTo("nationalId-0-0"), "an added field gets an id too");
    }

    [Test]
    public void ACorrectionAddressedById_FindsItsField_HoweverTheListIsOrdered()
    {
        var found = FieldExtractors.ExtractAll(["房屋稅減免申請書\n申請日期：113年5月1日\n身分證統一編號：A123456789", "第二頁\n收件日期：113年6月3日"]);
        var secondDate = found.Single(f => f.Name == "date" && f.Page == 2);
        var correction = new FieldCorrection("date", secondDate.Id, "2024-06-04");

        var reordered = found.Reverse().ToList();
        var inOrder = FieldCorrections.Apply(found, [correction], "reviewer:rosa");
        var reversed = FieldCorrections.Apply(reordered, [correction], "reviewer:rosa");

        Assert.Multiple(() =>
        {
            Assert.That(reordered.IndexOf(secondDate), Is.Not.EqualTo(found.ToList().IndexOf(secondDate)), "the list really is in another order");
            Assert.That(inOrder.Single(f => f.CorrectedBy is not null), Is.EqualTo(secondDate with { Value = "2024-06-04", CorrectedBy = "reviewer:rosa" }));
            Assert.That(reversed.Single(f => f.CorrectedBy is not null), Is.EqualTo(secondDate with { Value = "2024-06-04", CorrectedBy = "reviewer:rosa" }));
            Assert.That(reversed.Single(f => f.Name == "date" && f.Page == 1).Value, Is.EqualTo("2024-05-01"), "the other date is untouched");
        });
    }

    [Test]
    public void FieldIds_SayKindPageAndWhichOnThatPage()
    {
        var found = FieldExtractors.ExtractAll(["申請日期：113年5月1日 收件日期：113年5月2日", "收件日期：113年6月3日"]);

        Assert.That(found.Where(f => f.Name == "date").Select(f => f.Id), Is.EqualTo(new[] { "date-1-0", "date-1-1", "date-2-0" }));
    }
}
