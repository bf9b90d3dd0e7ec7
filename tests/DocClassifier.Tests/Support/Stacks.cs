using DocClassifier.Samples;
using DocClassifier.Samples.Stacks;

namespace DocClassifier.Tests.Support;

/// <summary>Scanned stacks for the splitting tests, generated with the samples' renderer (never read from outside the repository).</summary>
internal static class Stacks
{
    public static PageContent Form => FixtureDocuments.ChineseTaxForm();

    public static PageContent Letter => FixtureDocuments.EnglishLetter();

    /// <summary>
    /// Seven sheets at 200 dpi: a two-page form, a separator naming stamp-tax fed upside down, a letter, a black-and-white
    /// separator skewed 5°, then a form and a letter. Parts: 1-2, 4, 6-7.
    /// </summary>
    public static IReadOnlyList<StackSheet> WithSeparators() =>
    [
        StackSheet.Of(Form, 0.5f),
        StackSheet.Of(Letter, -0.5f),
        StackSheet.Separator("stamp-tax", rotationDegrees: 180.8f),
        StackSheet.Of(Letter, 1f),
        StackSheet.Separator(rotationDegrees: 5f, bilevel: true),
        StackSheet.Of(Form, -1f, bilevel: true),
        StackSheet.Of(Letter),
    ];

    public static IReadOnlyList<StackSheet> WithoutSeparators() => [StackSheet.Of(Form), StackSheet.Of(Letter, 1f), StackSheet.Of(Form, bilevel: true)];

    public static string Pdf(TempFolder folder, string name, IReadOnlyList<StackSheet> sheets, int seed = 1)
    {
        var path = System.IO.Path.Combine(folder.Path, name);
        ScannedStacks.WritePdf(path, sheets, 200, seed);
        return path;
    }

    public static string Tiff(TempFolder folder, string name, IReadOnlyList<StackSheet> sheets, int seed = 1)
    {
        var path = System.IO.Path.Combine(folder.Path, name);
        ScannedStacks.WriteTiff(path, sheets, 200, seed);
        return path;
    }
}
