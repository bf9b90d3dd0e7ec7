namespace DocClassifier.Samples;

// Ready-made pages with known text. The Chinese form imitates a Taiwanese local tax office
// application (full-width punctuation, ROC calendar dates); the English letter gives OCR a
// Latin-script baseline with digits, a date and a currency amount.
public static class FixtureDocuments
{
    private const float TitlePt = 20f;
    private const float BodyPt = 12f;
    private const char IdeographicSpace = '\u3000';

    public static PageContent ChineseTaxForm()
    {
        string[][] rows =
        [
            ["納稅義務人", "王小明", "身分證統一編號", "A123456789"],
            ["出生日期", "民國 65 年 3 月 12 日", "電話", "05-3620123"],
            ["房屋稅籍編號", "10020345678", "使用情形", "自住"],
            ["房屋坐落", "嘉義縣太保市祥和一路東段 123 號"],
            ["通訊地址", "嘉義縣太保市祥和一路東段 123 號"],
            ["建物構造", "鋼筋混凝土造", "持分比例", "全部"],
            ["課稅面積", "128.5 平方公尺", "減免項目", "自用住宅稅率"],
            ["申請日期", "中華民國 113 年 5 月 1 日", "代理人", "無"],
        ];

        return new PageContent(
            new TextLine("嘉義縣財政稅務局 房屋稅減免申請書", TitlePt, Bold: true, IndentInches: 1.1f),
            new TextLine("收件編號：113-房-000517", BodyPt, SpaceBeforePt: 6f),
            new TableBlock(rows, [0.18f, 0.32f, 0.2f, 0.3f], BodyPt, ShadeLabelColumns: true, SpaceBeforePt: 6f),
            new TextLine("申請事由：本人所有房屋供自住使用，依房屋稅條例第五條申請按自用住宅稅率課徵。", BodyPt, SpaceBeforePt: 14f),
            new TextLine("檢附文件：身分證影本、建物所有權狀影本各一份。", BodyPt),
            new TextLine("本人聲明以上所填資料均屬實，如有不實願負法律責任。", BodyPt),
            new TextLine($"此致{IdeographicSpace}嘉義縣財政稅務局", BodyPt, SpaceBeforePt: 10f),
            new TextLine($"申請人：王小明{IdeographicSpace}（簽章）{IdeographicSpace}中華民國 113 年 5 月 1 日", BodyPt, IndentInches: 1.5f, SpaceBeforePt: 24f));
    }

    public static PageContent EnglishLetter()
    {
        const float body = 13f;
        return new PageContent(
            new TextLine("Harbor Light Trading Co., Ltd.", 18f, Bold: true),
            new TextLine("88 Zhongshan Road, Section 2, Taipei City 104", body),
            new TextLine("May 1, 2024", body, SpaceBeforePt: 14f),
            new TextLine("Ms. Grace Chen", body, SpaceBeforePt: 14f),
            new TextLine("Accounts Department, Pacific Coast Supplies", body),
            new TextLine("Dear Ms. Chen,", body, SpaceBeforePt: 14f),
            new TextLine("Thank you for your order number 20240417 placed on April 17.", body, SpaceBeforePt: 6f),
            new TextLine("We are pleased to confirm that all 36 cartons were shipped today.", body),
            new TextLine("The enclosed invoice shows a total amount due of NT$48,252.", body),
            new TextLine("Please arrange payment within 30 days of the invoice date.", body),
            new TextLine("Our bank details are printed on the back of the invoice.", body),
            new TextLine("If any item arrives damaged, kindly call us at 02-2345-6789.", body),
            new TextLine("We value your business and look forward to working with you again.", body),
            new TextLine("Sincerely,", body, SpaceBeforePt: 14f),
            new TextLine("David Lin", body, SpaceBeforePt: 24f),
            new TextLine("Sales Manager", body));
    }
}
