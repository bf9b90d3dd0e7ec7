namespace DocClassifier.Samples.OcrPages;

/// <summary>
/// The faces of the OCR page set: two to tune on, three that are only measured on (each style, Hei,
/// Ming and Kai, among the measured ones), so a measure page's font was never seen while tuning.
/// </summary>
public static class OcrFaces
{
    public static OcrFace NotoSans { get; } = new("Noto Sans CJK TC", "hei", "fonts-noto-cjk", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 3);

    public static OcrFace UMing { get; } = new("AR PL UMing TW", "ming", "fonts-arphic-uming", "/usr/share/fonts/truetype/arphic/uming.ttc", 2);

    public static OcrFace NotoSerif { get; } = new("Noto Serif CJK TC", "ming", "fonts-noto-cjk", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 3);

    public static OcrFace UKai { get; } = new("AR PL UKai TW", "kai", "fonts-arphic-ukai", "/usr/share/fonts/truetype/arphic/ukai.ttc", 2);

    public static OcrFace MicroHei { get; } = new("WenQuanYi Micro Hei", "hei", "fonts-wqy-microhei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0);

    public static IReadOnlyList<OcrFace> Tune { get; } = [NotoSans, UMing];

    public static IReadOnlyList<OcrFace> Measure { get; } = [NotoSerif, UKai, MicroHei];
}
