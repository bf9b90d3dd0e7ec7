using SkiaSharp;

namespace DocClassifier.Samples;

// Noto Sans CJK TC from Debian's fonts-noto-cjk: the one face on the machine that covers
// Traditional Chinese, Latin and full-width punctuation, so one typeface serves every fixture.
public static class CjkFonts
{
    public const string FamilyName = "Noto Sans CJK TC";

    // In the Noto CJK .ttc collections the faces are ordered JP, KR, SC, TC, HK; 3 is TC.
    private const int TraditionalChineseFaceIndex = 3;

    private static readonly string[] RegularCandidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    ];

    private static readonly string[] BoldCandidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/truetype/noto/NotoSansCJK-Bold.ttc",
    ];

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load(RegularCandidates, SKFontStyle.Normal)
        ?? throw new InvalidOperationException(
            $"Font '{FamilyName}' not found. Install the Debian package fonts-noto-cjk (apt-get install fonts-noto-cjk)."));

    // Bold is optional: when only the regular face exists the renderer emboldens it synthetically.
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load(BoldCandidates, SKFontStyle.Bold) ?? Regular);

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    private static SKTypeface? Load(string[] candidates, SKFontStyle style)
    {
        foreach (var path in candidates)
        {
            if (File.Exists(path) && SKTypeface.FromFile(path, TraditionalChineseFaceIndex) is { } face)
            {
                return face;
            }
        }

        // fontconfig knows other install locations; accept its answer only if it really is the
        // TC family with the requested weight, since MatchFamily quietly falls back to anything.
        var matched = SKFontManager.Default.MatchFamily(FamilyName, style);
        if (matched is not null && matched.FamilyName == FamilyName && matched.FontStyle.Weight == style.Weight)
        {
            return matched;
        }

        matched?.Dispose();
        return null;
    }
}
