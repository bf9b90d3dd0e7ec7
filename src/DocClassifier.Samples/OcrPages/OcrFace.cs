using SkiaSharp;

namespace DocClassifier.Samples.OcrPages;

/// <summary>A typeface the OCR pages are printed in, by the Debian package that ships it.</summary>
public sealed record OcrFace(string Name, string Style, string Package, string Path, int Index)
{
    private readonly Lazy<SKTypeface> typeface = new(() => Load(Path, Index, Name, Package));

    public SKTypeface Typeface => typeface.Value;

    private static SKTypeface Load(string path, int index, string name, string package) =>
        File.Exists(path) && SKTypeface.FromFile(path, index) is { } face
            ? face
            : throw new InvalidOperationException($"Font '{name}' not found at {path}. Install the Debian package {package} (scripts/setup.sh).");
}
