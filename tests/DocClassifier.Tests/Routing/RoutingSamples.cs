using System.Security.Cryptography;
using System.Text;
using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Routing;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Routing;

/// <summary>Documents, extractions and decisions for routing tests; no OCR involved.</summary>
internal static class RoutingSamples
{
    public const string Label = "business-tax-return";

    public const string ChineseText = "營業人銷售額與稅額申報書（401）\n統一編號：12345675\n應納稅額：新臺幣壹萬貳仟元整";

    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(8));

    public static readonly DateTimeOffset DecidedAt = new(2026, 11, 30, 9, 15, 42, TimeSpan.FromHours(8));

    /// <summary>An original kept in <paramref name="folder"/>'s archive, with its content hash as id.</summary>
    public static DocumentInfo Document(TempFolder folder, string originalFileName = "Scan 0012.PDF")
    {
        var content = Encoding.UTF8.GetBytes($"%PDF-1.7 pretend scan of {originalFileName}");
        var id = Convert.ToHexStringLower(SHA256.HashData(content));
        var archived = folder.Write("archived-" + id, content);
        return new DocumentInfo(id, originalFileName, "台北/營業稅", ReceivedAt, archived);
    }

    /// <summary>A text-layer first page and an OCR second page.</summary>
    public static ExtractedDocument Extracted(string text = ChineseText) =>
        new("Scan 0012.PDF", DocumentFormat.Pdf, [
            new ExtractedPage(1, text, text, TextSource.TextLayer, null, null),
            new ExtractedPage(2, "第二頁", "第二頁", TextSource.Ocr, 87, 300),
        ]);

    /// <summary>The fields found in the document, as processing keeps them in the work record.</summary>
    public static IReadOnlyList<ExtractedField> FieldsOf(ExtractedDocument extracted) => FieldExtractors.ExtractAll(extracted.PageTexts);

    public static IReadOnlyList<LabelScore> Top { get; } =
    [
        new(Label, 0.9731),
        new("withholding-statement", 0.0182),
        new("house-tax-bill", 0.0051),
    ];

    public static ResultDecision ByModel(string label = Label) =>
        new(label, 0.9731, Top, "model:tax-documents@20261128T195400Z", DecidedAt);

    public static ResultDecision ByReviewer() =>
        ResultDecision.ByReviewer("alice", "withholding-statement", Top, DecidedAt);
}
