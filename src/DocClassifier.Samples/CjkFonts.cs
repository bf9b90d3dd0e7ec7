using SkiaSharp;

namespace DocClassifier.Samples;

// Noto Sans CJK TC from Debian's fonts-noto-cjk: the face that covers Traditional Chinese, Latin
// and full-width punctuation, so it serves every fixture. The other styles (Noto Serif CJK TC,
// AR PL UMing TW from fonts-arphic-uming, AR PL UKai TW from fonts-arphic-ukai) widen the look of
// generated samples; a style whose font is missing falls back to the sans, so they are optional.
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

    private static readonly string[] SerifRegularCandidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc",
    ];

    private static readonly string[] SerifBoldCandidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
        "/usr/share/fonts/noto-cjk/NotoSerifCJK-Bold.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Bold.ttc",
    ];

    // In the AR PL .ttc collections the faces are ordered CN, HK, TW, TW MBE; 2 is TW.
    private const int ArphicTaiwanFaceIndex = 2;

    private static readonly Lazy<SKTypeface?> LazyMing = new(() => LoadFile("/usr/share/fonts/truetype/arphic/uming.ttc", ArphicTaiwanFaceIndex));

    private static readonly Lazy<SKTypeface?> LazyKai = new(() => LoadFile("/usr/share/fonts/truetype/arphic/ukai.ttc", ArphicTaiwanFaceIndex));

    private static readonly Lazy<SKTypeface?> LazySerif = new(() => LoadFile(SerifRegularCandidates, TraditionalChineseFaceIndex));

    private static readonly Lazy<SKTypeface?> LazySerifBold = new(() => LoadFile(SerifBoldCandidates, TraditionalChineseFaceIndex));

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load(RegularCandidates, SKFontStyle.Normal)
        ?? throw new InvalidOperationException(
            $"Font '{FamilyName}' not found. Install the Debian package fonts-noto-cjk (apt-get install fonts-noto-cjk)."));

    // Bold is optional: when only the regular face exists the renderer emboldens it synthetically.
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load(BoldCandidates, SKFontStyle.Bold) ?? Regular);

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    // The typeface of a style, or the sans when that style's font is not installed. The AR PL faces
    // have no bold, so a bold Ming or Kai line is the regular face emboldened by the painter.
    public static SKTypeface Of(TypefaceStyle style, bool bold) => style switch
    {
        TypefaceStyle.Serif => (bold ? LazySerifBold.Value ?? LazySerif.Value : LazySerif.Value) ?? Sans(bold),
        TypefaceStyle.Ming => LazyMing.Value ?? Sans(bold),
        TypefaceStyle.Kai => LazyKai.Value ?? Sans(bold),
        _ => Sans(bold),
    };

    private static SKTypeface Sans(bool bold) => bold ? Bold : Regular;

    private static SKTypeface? LoadFile(string path, int index) => LoadFile([path], index);

    private static SKTypeface? LoadFile(string[] candidates, int index) =>
        candidates.Where(File.Exists).Select(p => SKTypeface.FromFile(p, index)).FirstOrDefault(face => face is not null);

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
