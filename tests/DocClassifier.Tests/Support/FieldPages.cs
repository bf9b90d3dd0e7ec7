using DocClassifier.Fields;

namespace DocClassifier.Tests.Support;

/// <summary>Runs an extractor over one page of text.</summary>
internal static class FieldPages
{
    public static IReadOnlyList<ExtractedField> On(this IFieldExtractor extractor, string page) => extractor.Extract([page]);

    /// <summary>The only field found; fails the test when there is not exactly one.</summary>
    public static ExtractedField Single(this IFieldExtractor extractor, string page)
    {
        var fields = extractor.On(page);
        Assert.That(fields, Has.Count.EqualTo(1), $"fields in \"{page}\": {string.Join(", ", fields)}");
        return fields[0];
    }

    public static string[] Values(this IFieldExtractor extractor, string page) =>
        [.. extractor.On(page).Select(field => field.Value)];
}
