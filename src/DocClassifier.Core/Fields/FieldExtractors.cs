using System.Globalization;

namespace DocClassifier.Fields;

/// <summary>Every field extractor, and all their fields for a document at once.</summary>
public static class FieldExtractors
{
    public static IReadOnlyList<IFieldExtractor> All { get; } =
    [
        new NationalIdExtractor(),
        new BusinessNumberExtractor(),
        new RocDateExtractor(),
        new AmountExtractor(),
        new InvoiceNumberExtractor(),
        new TaxRegistrationNumberExtractor(),
        new LandParcelExtractor(),
        new VehiclePlateExtractor(),
        LabelledValueExtractor.TaxpayerName,
        LabelledValueExtractor.Address,
    ];

    /// <summary>Fields of every extractor, by page; within a page in the order of <see cref="All"/>; each with its <see cref="ExtractedField.Id"/>.</summary>
    public static IReadOnlyList<ExtractedField> ExtractAll(IReadOnlyList<string> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return WithIds(All.SelectMany(extractor => extractor.Extract(pages)).OrderBy(field => field.Page));
    }

    /// <summary>The fields with their ids: kind, page and which of that kind on that page, in the order given.</summary>
    public static IReadOnlyList<ExtractedField> WithIds(IEnumerable<ExtractedField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var seen = new Dictionary<(string Name, int Page), int>();
        var result = new List<ExtractedField>();
        foreach (var field in fields)
        {
            var ordinal = seen[(field.Name, field.Page)] = seen.GetValueOrDefault((field.Name, field.Page), -1) + 1;
            result.Add(field with { Id = string.Create(CultureInfo.InvariantCulture, $"{field.Name}-{field.Page}-{ordinal}") });
        }

        return result;
    }
}
