using System.Globalization;

namespace DocClassifier.Samples.Corpus;

// A printed e-mail to the bureau's service mailbox: the mail program's header (寄件者, 收件者, 主旨 ...,
// sometimes in English or under a forwarded-mail line), a greeting, the request in the writer's own words and
// a signature. An agency's clerk writes one too (official letters sent ahead by mail). Taxpayers, land agents
// and companies mail their applications; their subject line rarely repeats a form's title.
internal static class ComposedMail
{
    private static readonly string[] Hosts = ["gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net", "outlook.com", "ms{0}.hinet.net"];
    private static readonly string[] Handles = ["chen", "lin", "wang", "huang", "chang", "lee", "wu", "tsai", "liu", "yang", "hsu", "cheng", "kuo", "amy", "jack", "grace", "kevin", "service", "acc", "office"];

    public static void Write(PageBuilder page, SampleContext c, ClassVocabulary vocabulary)
    {
        var agency = vocabulary.FromAnAgency;
        var topic = agency ? LetterTopics.Draw(c) : null;
        var sender = topic is null ? c.Pick(c.Applicant.Name, c.Applicant.Name, c.CompanyName, $"{c.Faker.PersonName()}地政士事務所") : $"{topic.Agency}{c.Pick(" 承辦人", "")} {c.Faker.PersonName()}";
        var address = topic is null
            ? $"{c.Faker.PickOf(Handles)}{c.Next(1, 9999)}@{string.Format(CultureInfo.InvariantCulture, c.Faker.PickOf(Hosts), c.Next(1, 80))}"
            : $"{c.Faker.PickOf(Handles)}{c.Next(1, 999)}@{c.Pick("mail.moj.gov.tw", "land.gov.tw", "ris.gov.tw", "ntbca.gov.tw", "thb.gov.tw")}";
        var subject = topic?.Subject ?? Subject(c, vocabulary);
        var english = c.Chance(0.25);
        if (c.Chance(0.2))
        {
            page.Line(c.Pick("-----原始郵件-----", "---------- 轉寄的郵件 ----------", "-----Original Message-----"), size: 10f);
        }

        var date = c.Chance(0.5) ? $"{c.Date.Year}年{c.Date.Month}月{c.Date.Day}日 {c.Pick("上午", "下午")} {c.Next(1, 12)}:{c.Next(0, 60):00}" : $"{c.Date:yyyy/MM/dd} {c.Next(7, 22)}:{c.Next(0, 60):00}";
        page.Line($"{(english ? "From" : "寄件者")}：{sender} <{address}>", size: 10.5f);
        page.Line($"{(english ? "Sent" : c.Pick("寄件日期", "日期", "傳送時間"))}：{date}", size: 10.5f);
        page.Line($"{(english ? "To" : "收件者")}：{c.Bureau}{c.Pick(" 服務信箱", " 民眾信箱", "", " 承辦人")} <{c.Pick("service", "tax", "mail", "ebill")}@{c.Pick("cytax.gov.tw", "tax.gov.tw", "tbkc.gov.tw", "ntpc.gov.tw", "tax.taichung.gov.tw")}>", size: 10.5f);
        page.Line($"{(english ? "Subject" : "主旨")}：{c.Pick(string.Empty, string.Empty, "RE: ", "FW: ", "轉寄: ")}{subject}", size: 10.5f);
        if (c.Chance(0.4))
        {
            page.Line($"{(english ? "Attachments" : "附件")}：{c.Faker.PickOf(vocabulary.Attachments)}.pdf", size: 10.5f);
        }

        page.Space(8).Line(c.Pick("承辦人員您好：", "您好：", $"{c.Bureau}您好：", "承辦先生/小姐您好，", "敬啟者："));
        var facts = vocabulary.Facts(c);
        if (topic is null)
        {
            page.Paragraph(c.Chance(0.4)
                ? $"{c.Pick($"我是{c.Applicant.Name}，", "", $"我{c.Pick("先生", "太太", "爸爸", "媽媽")}的事情，")}{vocabulary.Question(c)}"
                : $"{c.Pick($"我是{c.Applicant.Name}，", $"本人{c.Applicant.Name}", "", $"敝公司{c.CompanyName}", $"受委任人{c.Applicant.Name}委託，")}{vocabulary.Request(c)}");
            page.Paragraph(vocabulary.Reason(c));
            foreach (var (key, value) in c.Faker.Some(facts, 1, Math.Min(3, facts.Count)))
            {
                page.Line($"{key}：{value}");
            }

            page.Paragraph(c.Pick("相關文件如附件，麻煩您了，謝謝。", "如需補件請回信告知，謝謝！", $"有問題請打{c.Applicant.Phone}，感謝。", "敬請協助辦理，謝謝。"));
            page.Space(6).Line(c.Pick("敬祝　平安", "順心", "謝謝", "Best regards,"));
            page.Line(c.Applicant.Name).Line($"{c.Pick("手機", "電話", "Tel")}：{c.Applicant.Phone}");
            return;
        }

        foreach (var point in topic.Points)
        {
            page.Paragraph(point);
        }

        page.Paragraph(c.Pick("正式公文另行函送，請查照。", "本案公文已電子交換，先以電子郵件通知。", "如有疑義請與本人聯絡。"));
        page.Space(6).Line($"{topic.Agency} {c.Faker.PersonName()}").Line($"電話：{c.County.AreaCode}-{c.Next(2_000_000, 8_000_000)}");
    }

    // What a writer puts on the subject line: the matter in a few words, seldom a form's title.
    private static string Subject(SampleContext c, ClassVocabulary vocabulary)
    {
        var core = c.Faker.PickOf(vocabulary.TitleCores);
        return c.Next(0, 5) switch
        {
            0 => $"申請{core}",
            1 => $"關於{core}的問題",
            2 => $"{core}（{c.Applicant.Name}）",
            3 => TitleMaker.Title(c, vocabulary.TitleCores),
            _ => c.Pick("申請文件", "詢問", "補件", "請協助辦理", "(無主旨)"),
        };
    }
}
