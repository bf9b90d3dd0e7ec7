using DocClassifier.Fields;

namespace DocClassifier.Tests.Fields;

[TestFixture]
public class FieldExtractorsTests
{
    private static readonly string[] Bill =
    [
        "臺中市政府地方稅務局 113年房屋稅繳款書\n納稅義務人：王小明\n身分證統一編號：Ａ１２３４５６７８９\n稅籍編號：14010203040",
        "繳納期限：民國113年5月31日\n應納稅額：新臺幣 48,252 元（肆萬捌仟貳佰伍拾貳元整）",
        "房屋坐落：臺中市豐原區中正路100號\n土地：祥和段 0723-0027 地號\n代收機構統一編號 04595257",
    ];

    [Test]
    public void FieldsOnSeveralPages_CarryTheirPageNumbers()
    {
        var found = FieldExtractors.ExtractAll(Bill).Select(f => (f.Name, f.Value, f.Page));

        Assert.That(found, Is.EquivalentTo(new[]
        {
            ("nationalId", "A123456789", 1),
            ("houseTaxNumber", "14010203040", 1),
            ("taxpayerName", "王小明", 1),
            ("date", "2024-05-31", 2),
            ("amount", "48252", 2),
            ("amount", "48252", 2),
            ("address", "臺中市豐原區中正路100號", 3),
            ("landParcel", "祥和段 0723-0027", 3),
            ("businessNumber", "04595257", 3),
        }));
    }

    [Test]
    public void ExtractAll_OrdersFieldsByPage() =>
        Assert.That(FieldExtractors.ExtractAll(Bill).Select(f => f.Page), Is.Ordered);

    [Test]
    public void EveryField_IsValid_AndHasNoProblem() =>
        Assert.That(FieldExtractors.ExtractAll(Bill), Has.All.Matches<ExtractedField>(f => f.IsValid && f.Problem is null));

    [Test]
    public void All_HasOneExtractorForEachFieldName() =>
        Assert.That(FieldExtractors.All.Select(e => e.Name), Is.EquivalentTo(new[]
        {
            "nationalId", "businessNumber", "date", "amount", "invoiceNumber", "houseTaxNumber", "landParcel", "vehiclePlate",
            "taxpayerName", "address",
        }));

    [Test]
    public void NoPages_GiveNoFields() =>
        Assert.That(FieldExtractors.ExtractAll([]), Is.Empty);

    [Test]
    public void AnEmptyPage_IsCountedInThePageNumbers() =>
        Assert.That(new NationalIdExtractor().Extract(["", "", "A123456789"]).Single().Page, Is.EqualTo(3));
}
