using System.Text.RegularExpressions;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Takes the spaces away around a colon that follows a Chinese label: Chinese forms print a full-width colon
/// with no space (<c>統一編號：59125450</c>), and Tesseract reads it as an ASCII colon with a space on either
/// side (<c>統一編號 : 59125450</c>), one wrong character per label and value on a form.
/// </summary>
internal static partial class ColonSpacing
{
    public static string Tidy(string text) => LabelColon().Replace(text, "$1$2");

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})[ \t]*([:：])[ \t]*")]
    private static partial Regex LabelColon();
}
