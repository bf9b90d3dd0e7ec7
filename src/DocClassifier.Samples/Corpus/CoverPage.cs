namespace DocClassifier.Samples.Corpus;

// A fax or delivery cover sheet in front of the real document. It names no tax and no class, so
// a classifier has to look past it to the next page.
internal static class CoverPage
{
    public static PageContent Compose(SampleContext c, int pageCount)
    {
        var page = new PageBuilder(14f);
        page.Centered(c.Pick("傳真封面", "傳　真", "FAX 傳真", "送件封面", "文件送件單", "收件聯絡單"), 24f).Space(18);
        List<IReadOnlyList<string>> rows =
        [
            [c.Pick("受文單位", "收件單位", "TO"), c.Bureau + c.Pick(string.Empty, " 服務台", " 綜合服務窗口", " 收發室")],
            [c.Pick("發送人", "寄件人", "FROM"), c.Chance(0.7) ? c.Applicant.Name : c.Faker.CompanyName()],
            [c.Pick("電話", "聯絡電話"), c.Applicant.Phone],
            [c.Pick("日期", "發送日期"), c.DateText()],
            [c.Pick("頁數", "總頁數"), $"共 {pageCount} 頁（含本頁）"],
        ];
        if (c.Chance(0.5))
        {
            rows.Insert(3, ["傳真", $"{c.County.AreaCode}-{c.Next(2_000_000, 8_000_000)}"]);
        }

        page.Grid(rows, [0.25f, 0.75f], shade: c.Chance(0.5));
        page.Space(18).Line(c.Pick("備註：", "說明：", "Message："));
        page.Paragraph(c.Pick(
            "文件如附，請查收。如有缺漏或不清楚之處，請來電告知，謝謝。",
            "茲檢送相關文件，請承辦人員查收，並請協助辦理。",
            "正本另以郵寄方式寄送，敬請查照。",
            "麻煩您了，收到後請回電確認，感謝。"), firstIndentEm: 0f);
        if (c.Chance(0.5))
        {
            page.Space(30).Line(c.Pick("※本傳真如有誤送，請立即銷毀並通知發送人。", "※若傳真不清楚請來電重傳。"), size: 11f);
        }

        return page.Build();
    }
}
