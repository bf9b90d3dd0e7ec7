using DocClassifier.Extraction.Ocr;

namespace DocClassifier.Tests.Extraction.Ocr;

/// <summary>A row of options whose boxes chi_tra read as 口, 品, [ and 圖 gets its boxes back; words and other lines stay.</summary>
[TestFixture]
public class CheckBoxesTests
{
    [TestCase("變更稅目 口房屋稅 口地價稅 圖使用牌照稅 口其他", "變更稅目 □房屋稅 □地價稅 ■使用牌照稅 □其他")]
    [TestCase("退稅方式 圖轉帳存入下列帳戶。口開立退稅支票", "退稅方式 ■轉帳存入下列帳戶 □開立退稅支票")]
    [TestCase("申請類別：圖新申請 [變更 [取消", "申請類別：■新申請 □變更 □取消")]
    [TestCase("契約種類 口買賣_口贈與 品交換\n戶口名簿影本", "契約種類 □買賣 □贈與 □交換\n戶口名簿影本")]
    [TestCase("口義務人 圖代理人", "□義務人 ■代理人")]
    public void BoxesReadAsCharacters_AreBoxesAgain(string read, string tidy) =>
        Assert.That(CheckBoxes.Tidy(read), Is.EqualTo(tidy));

    [TestCase("我的戶口一直都在這裡，出口在地籍圖上")]
    [TestCase("品名 價格 品名 價格")]
    [TestCase("附件 口頭說明一份")]
    [TestCase("檢附 地籍圖 [附件] 口頭說明")]
    [TestCase("口")]
    public void WordsAndLinesWithoutARowOfOptions_AreLeftAlone(string read) =>
        Assert.That(CheckBoxes.Tidy(read), Is.EqualTo(read));
}
