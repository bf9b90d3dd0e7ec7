using System.Globalization;
using DocClassifier.Samples.Corpus;

namespace DocClassifier.Samples.Photos;

/// <summary>
/// Phone photos of invoice-like pages with known key values: an e-invoice proof (電子發票證明聯), a triplicate
/// uniform invoice (三聯式) and a cash-register receipt, in turn, in each typeface, with their own numbers, dates
/// and totals, each photographed from its own angle, with its own shadow, blur and JPEG quality. Deterministic
/// for a seed: a held-out set for photo OCR and field extraction that nobody tunes on.
/// </summary>
public static class InvoicePhotos
{
    private const float Body = 12f;
    private const float PageHeightInches = 6.5f;
    private static readonly string[] Companies = ["慶豐文具有限公司", "永和電器行", "宏達五金股份有限公司", "九如生活百貨有限公司", "長春貿易有限公司", "大興餐飲股份有限公司"];
    private static readonly string[] Items = ["影印紙", "原子筆", "資料夾", "工業用板", "延長線", "便當", "咖啡", "清潔劑", "燈泡", "膠帶"];
    private static readonly TypefaceStyle[] Faces = [TypefaceStyle.Sans, TypefaceStyle.Serif, TypefaceStyle.Ming, TypefaceStyle.Kai];

    public static IEnumerable<InvoicePhoto> Generate(int count, int seed, int dpi = 200)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var number = string.Concat((char)('A' + random.Next(26)), (char)('A' + random.Next(26))) + random.Next(0, 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);
            string buyer = BusinessNumber(random), seller = BusinessNumber(random);
            var date = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 1400));
            var lines = Enumerable.Range(0, random.Next(2, 5))
                .Select(_ => (Item: Items[random.Next(Items.Length)], Quantity: random.Next(1, 400), Price: random.Next(5, 900)))
                .ToList();
            var total = lines.Sum(l => l.Quantity * l.Price);
            var face = Faces[i % Faces.Length];
            var content = (i % 3) switch
            {
                0 => EInvoiceProof(number, buyer, seller, date, lines, total, random, face),
                1 => Triplicate(number, buyer, seller, date, lines, total, random, face),
                _ => Receipt(number, buyer, seller, date, lines, total, random, face),
            };

            using var page = PageRenderer.Render(content, dpi, PageHeightInches);
            var camera = new PhotoDegrader
            {
                Corners = Jitter([(0.09f, 0.07f), (0.92f, 0.09f), (0.95f, 0.94f), (0.06f, 0.92f)], random),
                ShadowLight = 0.45f + (0.35f * (float)random.NextDouble()),
                BlurSigma = 0.6f + (0.9f * (float)random.NextDouble()),
                JpegQuality = random.Next(55, 90),
            };
            yield return new InvoicePhoto(
                string.Create(CultureInfo.InvariantCulture, $"invoice-photo-{i:00}.jpg"),
                camera.Photograph(page.Bitmap),
                number,
                [buyer, seller],
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                total.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static PageContent EInvoiceProof(string number, string buyer, string seller, DateOnly date, List<(string Item, int Quantity, int Price)> lines, int total, Random random, TypefaceStyle face)
    {
        var company = Companies[random.Next(Companies.Length)];
        List<PageBlock> blocks =
        [
            new TextLine(company, 18f, Bold: true, IndentInches: 2f) { Face = face },
            new TextLine("電子發票證明聯", 16f, IndentInches: 2.4f) { Face = face },
            new TextLine(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Body, IndentInches: 2.8f),
            new TextLine($"發票號碼：{number}", Body, SpaceBeforePt: 8f) { Face = face },
            new TextLine($"買　　方：{Companies[random.Next(Companies.Length)]}", Body) { Face = face },
            new TextLine($"統一編號：{buyer}", Body) { Face = face },
            ItemTable(lines, face),
            new TextLine($"總計　{total.ToString("N0", CultureInfo.InvariantCulture)}", Body, SpaceBeforePt: 8f) { Face = face },
            new TextLine($"賣方：{company}　統一編號：{seller}", Body, SpaceBeforePt: 6f) { Face = face },
        ];
        return new PageContent(blocks);
    }

    private static PageContent Triplicate(string number, string buyer, string seller, DateOnly date, List<(string Item, int Quantity, int Price)> lines, int total, Random random, TypefaceStyle face)
    {
        var roc = date.Year - 1911;
        List<PageBlock> blocks =
        [
            new TextLine($"{number[..2]} {number[2..]}　　統一發票（三聯式）", 16f) { Face = face },
            new TextLine(string.Create(CultureInfo.InvariantCulture, $"買受人：{Companies[random.Next(Companies.Length)]}"), Body, SpaceBeforePt: 6f) { Face = face },
            new TextLine(string.Create(CultureInfo.InvariantCulture, $"統一編號：{buyer}　　中華民國 {roc} 年 {date.Month} 月 {date.Day} 日"), Body) { Face = face },
            ItemTable(lines, face),
            new TextLine(string.Create(CultureInfo.InvariantCulture, $"總計新臺幣 {total:N0} 元"), Body, SpaceBeforePt: 8f) { Face = face },
            new TextLine($"營業人統一發票專用章　{Companies[random.Next(Companies.Length)]}　統一編號 {seller}", Body, SpaceBeforePt: 6f) { Face = face },
        ];
        return new PageContent(blocks);
    }

    private static PageContent Receipt(string number, string buyer, string seller, DateOnly date, List<(string Item, int Quantity, int Price)> lines, int total, Random random, TypefaceStyle face)
    {
        var roc = date.Year - 1911;
        List<PageBlock> blocks =
        [
            new TextLine("收銀機統一發票", 16f, IndentInches: 1.5f) { Face = face },
            new TextLine($"{number[..2]}-{number[2..]}", 16f, IndentInches: 1.5f),
            new TextLine(Companies[random.Next(Companies.Length)], Body, SpaceBeforePt: 6f) { Face = face },
            new TextLine(string.Create(CultureInfo.InvariantCulture, $"日期：{roc}/{date.Month:00}/{date.Day:00}　{random.Next(8, 22):00}:{random.Next(60):00}"), Body) { Face = face },
            new TextLine($"賣方 {seller}　買方 {buyer}", Body) { Face = face },
            .. lines.Select(l => new TextLine(string.Create(CultureInfo.InvariantCulture, $"{l.Item}　{l.Quantity} x {l.Price}　${l.Quantity * l.Price:N0}"), Body) { Face = face }),
            new TextLine(string.Create(CultureInfo.InvariantCulture, $"總計：${total:N0}"), Body, SpaceBeforePt: 6f) { Face = face },
        ];
        return new PageContent(blocks);
    }

    private static TableBlock ItemTable(List<(string Item, int Quantity, int Price)> lines, TypefaceStyle face)
    {
        List<IReadOnlyList<string>> rows = [["品名", "數量", "單價", "金額"]];
        rows.AddRange(lines.Select(l => (IReadOnlyList<string>)[l.Item, l.Quantity.ToString(CultureInfo.InvariantCulture), l.Price.ToString(CultureInfo.InvariantCulture), (l.Quantity * l.Price).ToString("N0", CultureInfo.InvariantCulture)]));
        return new TableBlock(rows, [0.4f, 0.2f, 0.2f, 0.2f], Body, SpaceBeforePt: 8f) { Face = face, FillFace = face };
    }

    private static string BusinessNumber(Random random)
    {
        while (true)
        {
            var number = random.Next(0, 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);
            if (TaiwanIds.IsValidBusinessNumber(number))
            {
                return number;
            }
        }
    }

    // Each photo from its own angle: every corner moved by up to 3 % of the frame.
    private static List<(float X, float Y)> Jitter(IEnumerable<(float X, float Y)> corners, Random random) =>
        [.. corners.Select(c => (c.X + (0.06f * (float)random.NextDouble()) - 0.03f, c.Y + (0.06f * (float)random.NextDouble()) - 0.03f))];
}
