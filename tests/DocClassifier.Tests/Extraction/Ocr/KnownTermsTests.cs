using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>The tax office's words misread through a look-alike character are given back; words that only look like a misreading stay.</summary>
[TestFixture]
public class KnownTermsTests
{
    [TestCase("受文者：新北市政府稅損稽徵處新店分處", "受文者：新北市政府稅捐稽徵處新店分處")]
    [TestCase("一、申請士地標示", "一、申請土地標示")]
    [TestCase("檢送超稅申報相關書件，附件：公定超紙正本", "檢送契稅申報相關書件，附件：公定契紙正本")]
    [TestCase("附件：中請書、戶籍朕本、委任書", "附件：申請書、戶籍謄本、委任書")]
    [TestCase("顏軒婷 效上", "顏軒婷 敬上")]
    [TestCase("原處分關於補徵稅額及罰鍰部分撒銷。", "原處分關於補徵稅額及罰鍰部分撤銷。")]
    [TestCase("此至\n臺南市政府財政稅務局", "此致\n臺南市政府財政稅務局")]
    [TestCase("此臻 臺南市政府稅務局永康服務處", "此致 臺南市政府稅務局永康服務處")]
    [TestCase("金額：新臺幣參任柒佰元", "金額：新臺幣參仟柒佰元")]
    [TestCase("房屋稅藉編號：123456789012", "房屋稅籍編號：123456789012")]
    [TestCase("有關豪端所有坐落臺東縣皓南鄉之房屋，傅期繳納者，她不受理。", "有關臺端所有坐落臺東縣卑南鄉之房屋，逾期繳納者，恕不受理。")]
    public void AWordMisreadThroughALookAlike_IsGivenBack(string read, string tidied) =>
        Assert.That(KnownTerms.Tidy(read), Is.EqualTo(tidied));

    [TestCase("房屋門牌：臺北市士林區文林路268巷148號")]
    [TestCase("自此至今已逾三年，本人始終居住於該址。")]
    [TestCase("依本社區規約第五條辦理。")]
    [TestCase("所寄物品已搬回原址。")]
    [TestCase("公文用語應使用敬語。")]
    [TestCase("以至於未能如期申報，懇請 鑒核。")]
    [TestCase("本人藉由網路申報。")]
    [TestCase("但期限屆滿前，本人白住於該屋，但詢問後仍未獲回覆。")]
    [TestCase("中華民國114年8月1日")]
    [TestCase("Total 12.50 paid")]
    public void WordsThatOnlyLookLikeAMisreading_Stay(string read) =>
        Assert.That(KnownTerms.Tidy(read), Is.EqualTo(read));
}
