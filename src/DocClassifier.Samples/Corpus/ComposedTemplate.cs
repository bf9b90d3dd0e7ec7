namespace DocClassifier.Samples.Corpus;

// A class's hand-written template plus six layouts composed at random from shared parts (header,
// facts as lines or as a grid, request, reasons, attachments, closing) filled with the class's
// vocabulary: two forms, a letter, a numbered memo, an e-mail printout and a professional's 函. The composed layouts share no sentence with the hand-written ones, so holding
// either out (leave-one-template-out) tests whether the model learned the class or the template.
internal sealed class ComposedTemplate(ISampleTemplate inner, ClassVocabulary vocabulary) : ISampleTemplate
{
    public const string KeyValueForm = "composed-kv-form";
    public const string BoxedForm = "composed-boxed-form";
    public const string PlainLetter = "composed-plain-letter";
    public const string NumberedMemo = "composed-numbered-memo";
    public const string Email = "composed-email";
    public const string FirmLetter = "composed-firm-letter";

    private static readonly string[] Taxes = ["房屋稅", "房屋稅", "地價稅", "地價稅", "使用牌照稅", "契稅", "土地增值稅", "娛樂稅"];

    public string Label => inner.Label;

    public IReadOnlyList<string> Layouts { get; } = [.. inner.Layouts, KeyValueForm, BoxedForm, PlainLetter, NumberedMemo, Email, FirmLetter];

    public IReadOnlyList<AttachmentKind> Attachments => inner.Attachments;

    public static bool IsComposed(string layout) => layout.StartsWith("composed-", StringComparison.Ordinal);

    public PageContent Compose(SampleContext context, string layout)
    {
        if (!IsComposed(layout))
        {
            return inner.Compose(context, layout);
        }

        context.TaxTopic = context.Faker.PickOf(Taxes);
        var page = new PageBuilder(context.Pick("11", "12", "12", "13") switch { "11" => 11f, "13" => 13f, _ => 12f });
        switch (layout)
        {
            case KeyValueForm:
                Header(page, context);
                KeyValueLines(page, context, vocabulary.Facts(context), vocabulary.FromAnAgency);
                Body(page, context);
                Tail(page, context);
                break;
            case BoxedForm:
                Header(page, context);
                FactsGrid(page, context, vocabulary.Facts(context), vocabulary.FromAnAgency);
                Body(page, context);
                Tail(page, context);
                break;
            case PlainLetter:
                Letter(page, context);
                break;
            case Email:
                ComposedMail.Write(page, context, vocabulary);
                break;
            case FirmLetter:
                ComposedFirmLetter.Write(page, context, vocabulary);
                break;
            default:
                Memo(page, context);
                break;
        }

        return page.Build();
    }

    private void Header(PageBuilder page, SampleContext c)
    {
        if (c.Chance(0.3))
        {
            page.Line(c.Pick($"表{c.Next(1, 30)}", $"附表{ChineseNumerals.Common(c.Next(1, 6))}", $"格式{c.Next(1, 9)}", $"（{c.RocYear}.{c.Next(1, 13)}版）"), size: 9f);
        }

        if (c.WithTitle)
        {
            var title = TitleMaker.Title(c, vocabulary.TitleCores);
            switch (c.Next(0, 3))
            {
                case 0:
                    page.Centered(c.Bureau, 15f, bold: false).Centered(title, c.Pick("18", "20") == "18" ? 18f : 20f);
                    break;
                case 1:
                    page.Centered(title, 18f);
                    break;
                default:
                    page.Line(title, size: 16f, bold: true);
                    break;
            }

            page.Space(6);
        }

        if (c.Chance(0.5))
        {
            DocumentParts.ReceiptLine(page, c);
        }
    }

    private static void KeyValueLines(PageBuilder page, SampleContext c, IReadOnlyList<(string Key, string Value)> facts, bool agency)
    {
        var separator = c.Pick("：", "：", "︰", "　", "　：");
        if (!agency)
        {
            page.Line($"{c.Pick("申請人", "納稅義務人", "姓名", "立書人")}{separator}{c.Applicant.Name}");
        }

        if (!agency && c.Chance(0.7))
        {
            page.Line($"{c.Pick("身分證字號", "身分證統一編號", "統一編號")}{separator}{c.Applicant.NationalId}");
        }

        foreach (var (key, value) in c.Faker.Some(facts, Math.Min(3, facts.Count), facts.Count))
        {
            page.Line($"{key}{separator}{value}");
        }

        page.Line(agency ? $"{c.Pick("承辦人", "聯絡人")}{separator}{c.Faker.PersonName()}" : $"{c.Pick("聯絡電話", "電話", "手機")}{separator}{c.Applicant.Phone}").Space(6);
    }

    private static void FactsGrid(PageBuilder page, SampleContext c, IReadOnlyList<(string Key, string Value)> facts, bool agency)
    {
        List<(string Key, string Value)> all = agency
            ? [.. facts]
            : [(c.Pick("申請人", "納稅義務人", "姓名"), c.Applicant.Name), (c.Pick("身分證字號", "統一編號"), c.Applicant.NationalId), .. c.Faker.Some(facts, Math.Min(3, facts.Count), facts.Count)];
        if (c.Chance(0.5))
        {
            var rows = new List<IReadOnlyList<string>>();
            for (var i = 0; i < all.Count; i += 2)
            {
                rows.Add(i + 1 < all.Count ? [all[i].Key, all[i].Value, all[i + 1].Key, all[i + 1].Value] : [all[i].Key, all[i].Value]);
            }

            page.Grid(rows, [0.18f, 0.32f, 0.18f, 0.32f], shade: c.Chance(0.5));
        }
        else
        {
            page.Grid([.. all.Select(f => (IReadOnlyList<string>)[f.Key, f.Value])], [0.3f, 0.7f], shade: c.Chance(0.5));
        }

        page.Space(6);
    }

    private void Body(PageBuilder page, SampleContext c)
    {
        page.Line($"{c.Pick("申請事項", "申請內容", "主旨", "事由", "說明")}：");
        page.Paragraph(vocabulary.Request(c));
        if (c.Chance(0.7))
        {
            page.Paragraph(vocabulary.Reason(c));
        }
    }

    private void Tail(PageBuilder page, SampleContext c)
    {
        if (vocabulary.FromAnAgency)
        {
            page.Space(8).Line(c.Pick("正本：受文者", $"正本：{c.Bureau}", "副本：義務人")).Line(c.Pick("機關首長", "分署長", "主任", "局長")).Space(4);
            return;
        }

        if (c.Chance(0.6))
        {
            DocumentParts.Attachments(page, c, vocabulary.Attachments);
        }

        if (c.Chance(0.5))
        {
            DocumentParts.Declaration(page, c);
        }

        DocumentParts.Closing(page, c, c.Pick("申請人", "立申請書人", "納稅義務人", "申請者"));
    }

    // A letter that names its business only in its body: a title is rare and never the class name.
    private void Letter(PageBuilder page, SampleContext c)
    {
        if (c.WithTitle && c.Chance(0.4))
        {
            page.Centered(c.Pick("陳情書", "申請書", "說明書", "函"), 18f).Space(6);
        }

        page.Line(c.Pick($"{c.Bureau}{c.Pick("您好", "承辦人員您好", "鈞鑒")}：", "敬啟者：", $"致{c.Bureau}：", $"受文者：{c.Bureau}", "各位長官好：")).Space(4);
        var facts = vocabulary.Facts(c);
        if (!vocabulary.FromAnAgency && c.Chance(0.4))
        {
            PlainWords(page, c, facts);
            return;
        }

        var (key, value) = c.Faker.PickOf(facts);
        page.Paragraph(vocabulary.FromAnAgency ? vocabulary.Request(c) : $"{c.Pick("本人", "申請人", "我")}{c.Applicant.Name}，{vocabulary.Request(c)}");
        page.Paragraph($"{vocabulary.Reason(c)}{c.Pick("相關資料如下", "謹說明如下", "補充說明")}：{key}為{value}。");
        if (c.Chance(0.5))
        {
            var (key2, value2) = c.Faker.PickOf(facts);
            page.Paragraph($"另{key2}：{value2}。");
        }

        if (vocabulary.FromAnAgency)
        {
            Tail(page, c);
            return;
        }

        page.Paragraph(c.Pick($"懇請{c.You()}惠予辦理，至為感謝。", "敬請查明辦理，謝謝。", $"如有疑問請來電{c.Applicant.Phone}。", "麻煩您了。"));
        DocumentParts.Closing(page, c, c.Pick("申請人", "陳情人", "納稅人", "具名人"));
    }

    // A taxpayer's letter in everyday words (an elderly owner, a farmer): who writes, what happened, the request in
    // the class's own words wrapped in a plea, and a signature that is often just a name.
    private void PlainWords(PageBuilder page, SampleContext c, IReadOnlyList<(string Key, string Value)> facts)
    {
        page.Paragraph($"我是{c.Applicant.Name}，{c.Pick($"今年{c.Next(60, 90)}歲", $"住在{c.Town.Name}", "是個老百姓", "在家務農", "開一家小店")}。{c.Pick("我先生上個月開刀住院，家裡開銷很大。", "最近家裡發生一些事情。", "我不太懂這些規定，請孩子幫我寫這封信。", "收到你們寄來的單子，有些地方想請教。", string.Empty)}");
        page.Paragraph(c.Chance(0.5) ? vocabulary.Question(c) : $"{c.Pick("想請你們幫忙：", "所以想麻煩你們，", "我的意思是，", string.Empty)}{vocabulary.Request(c)}");
        page.Paragraph(vocabulary.Reason(c));
        var (key, value) = c.Faker.PickOf(facts);
        page.Paragraph($"{c.Pick("資料是", "我的", "單子上寫的")}{key}：{value}。{c.Pick("附上影本。", "證明附在後面。", string.Empty)}");
        page.Paragraph(c.Pick("拜託各位長官幫幫忙，謝謝。", "麻煩你們了，感恩。", "不知道這樣寫可不可以，有問題請打電話給我。", "體諒我們老人家，感謝。"));
        page.Space(8).Right($"{c.Applicant.Name}{c.Pick("　敬上", "", "　上", "　拜託")}");
        page.Line($"{c.Pick("住址", "地址")}：{c.Applicant.Address}").Line($"電話：{c.Applicant.Phone}");
        DocumentParts.DateLine(page, c);
    }

    private void Memo(PageBuilder page, SampleContext c)
    {
        if (c.WithTitle)
        {
            page.Line(TitleMaker.Title(c, vocabulary.TitleCores), size: 16f, bold: true).Space(4);
        }

        var items = new List<string> { vocabulary.Request(c), vocabulary.Reason(c) };
        items.AddRange(c.Faker.Some(vocabulary.Facts(c), 1, 3).Select(f => $"{f.Key}：{f.Value}。"));
        if (c.Chance(0.5))
        {
            items.Add($"{c.Pick("檢附", "附件")}：{string.Join("、", c.Faker.Some(vocabulary.Attachments, 1, 3))}。");
        }

        for (var i = 0; i < items.Count; i++)
        {
            page.Hanging($"{ChineseNumerals.Common(i + 1)}、", items[i]);
        }

        if (vocabulary.FromAnAgency)
        {
            Tail(page, c);
            return;
        }

        DocumentParts.Signature(page, c, c.Pick("申請人", "具申請書人", "納稅義務人"));
    }
}
