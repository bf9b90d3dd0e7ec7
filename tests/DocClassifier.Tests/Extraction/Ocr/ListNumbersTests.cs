using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A list item that lost its number (<c>、依據…</c>) or repeats the one before gets the next number; other lines stay.</summary>
[TestFixture]
public class ListNumbersTests
{
    [TestCase("說明：\n、副本抄送苗栗縣\n、依娛樂稅條例", "說明：\n一、副本抄送苗栗縣\n二、依娛樂稅條例")]
    [TestCase("一、本案房屋\n--、申請人之通訊地址\n“三、逾期繳納者", "一、本案房屋\n二、申請人之通訊地址\n三、逾期繳納者")]
    [TestCase("一、本案房屋\n一、各項證明文件", "一、本案房屋\n二、各項證明文件")]
    [TestCase("說明：\n一、依據\n二、副本\n注意事項：\n、逾期繳納者", "說明：\n一、依據\n二、副本\n注意事項：\n一、逾期繳納者")]
    [TestCase("  、依據房屋稅條例", "  一、依據房屋稅條例")]
    [TestCase("注意事項：\n一、 如委託他人\n一、繳款書\n二、申請人", "注意事項：\n一、如委託他人\n二、繳款書\n三、申請人")]
    public void AnItemWithoutItsNumber_GetsTheNextOne(string read, string tidy) =>
        Assert.That(ListNumbers.Tidy(read), Is.EqualTo(tidy));

    [TestCase("一、本案房屋\n二、申請人\n三、逾期")]
    [TestCase("資料、證明文件影本")]
    [TestCase("房屋稅、地價稅及契稅")]
    [TestCase("1、本案\n2、申請人")]
    [TestCase("、")]
    public void NumberedItemsAndOtherLines_AreLeftAlone(string read) =>
        Assert.That(ListNumbers.Tidy(read), Is.EqualTo(read));
}
