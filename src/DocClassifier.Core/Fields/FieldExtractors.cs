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
        new TaxRegistrationNumberExtractor(),
        new LandParcelExtractor(),
        new VehiclePlateExtractor(),
        LabelledValueExtractor.TaxpayerName,
        LabelledValueExtractor.Address,
    ];

    /// <summary>Fields of every extractor, by page; within a page in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<ExtractedField> ExtractAll(IReadOnlyList<string> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return [.. All.SelectMany(extractor => extractor.Extract(pages)).OrderBy(field => field.Page)];
    }
}
