using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Gives a label its colon back where chi_tra read the colon as a semicolon or a comma: <c>收件編號；613098580</c>,
/// <c>承辦人；林家豪</c>, <c>電話，(06)3456-7890</c>. A label is two to five Chinese characters at a line's start or after a blank;
/// a semicolon after one is its colon, and so is a comma before a number, a code or a bracket (a comma after a short clause
/// before more Chinese is the prose's own: <c>逾期繳納者，每逾二日</c>).
/// </summary>
internal static partial class LabelColons
{
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CommaBeforeValue().Replace(SemicolonAfterLabel().Replace(text, "$1："), "$1：");
    }

    [GeneratedRegex(@"(?m)((?:^|(?<=[ \t]))\p{IsCJKUnifiedIdeographs}{2,5})[ \t]*[；;]")]
    private static partial Regex SemicolonAfterLabel();

    [GeneratedRegex(@"(?m)((?:^|(?<=[ \t]))\p{IsCJKUnifiedIdeographs}{2,5})[ \t]*[，,][ \t]*(?=[0-9A-Za-z(（])")]
    private static partial Regex CommaBeforeValue();
}
