using System.Security.Cryptography;
using System.Text;
using DocClassifier.Samples.Corpus;

namespace DocClassifier.Tests.Learning;

/// <summary>
/// Texts for simulated reviewers. A stamp-tax payment that an agency forwards under its own cover letter
/// (a new online form, code ETX-417) reads like an official letter: a model trained only on the base
/// corpus calls it one, and reviewers correct it to stamp-tax (while confirming the plain letters they see). And a kind of document the base labels do
/// not have (business-tax notices), for an added label.
/// </summary>
internal static class ReviewerTexts
{
    public const string NewLabel = "business-tax-notice";

    public static string ForwardedStampTax(int index) =>
        CorpusGenerator.Compose(SampleLabels.OfficialLetter, 5000 + index, seed: 7).Text +
        $"\n線上申辦回執 表單代碼 ETX-417 回執序號 ETX-417-{index:D5}\n附件：ETX-417 電子申辦明細乙份";

    public static string OfficialLetter(int index) => CorpusGenerator.Compose(SampleLabels.OfficialLetter, 7000 + index, seed: 9).Text;

    public static string Ordinary(string label, int index) => CorpusGenerator.Compose(label, 9000 + index, seed: 11).Text;

    public static string BusinessTaxNotice(int index) =>
        $"""
        營業稅違章補稅通知書
        營業人名稱：第{index}號商行  統一編號：{10000000 + (index * 7919 % 89999999):D8}
        查 貴營業人於民國113年{1 + (index % 12)}月漏報銷售額，依加值型及非加值型營業稅法第51條規定補徵營業稅額新臺幣{1000 + (index * 37 % 9000)}元
        並處罰鍰。請於繳納期限內持本通知書至代收稅款處所繳納。營業稅 補稅 罰鍰 營業人 銷售額
        """;

    /// <summary>Writes a reviewed example as <c>ReviewDesk</c> does: <c>LABEL/ID.txt</c>, the id a SHA-256.</summary>
    public static void Review(string examplesRoot, string label, string text)
    {
        var folder = Path.Combine(examplesRoot, label);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, IdOf(text) + ".txt"), text);
    }

    /// <summary>The id a document with this text would have (a SHA-256, as the ledger's).</summary>
    public static string IdOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
