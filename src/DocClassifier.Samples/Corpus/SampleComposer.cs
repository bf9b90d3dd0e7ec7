namespace DocClassifier.Samples.Corpus;

// Turns (label, index, seed) into a document. Independent random streams keep the two corpus
// modes in step: the format stream is drawn in both modes, the content stream decides every word,
// the style stream the typefaces and the county's wording, and the scan stream (used only when
// writing images) never touches the text.
internal static class SampleComposer
{
    private const double NoTitleShare = 0.4;
    private const double CoverShare = 0.12;
    private const double AttachmentShare = 0.3;

    private static readonly ISampleTemplate[] Templates =
    [
        new ComposedTemplate(new HouseTaxReliefTemplate(), PropertyVocabularies.HouseTaxRelief),
        new ComposedTemplate(new LandValueTaxSelfUseTemplate(), PropertyVocabularies.LandValueTaxSelfUse),
        new ComposedTemplate(new VehicleLicenseTaxExemptionTemplate(), BusinessVocabularies.VehicleExemption),
        new ComposedTemplate(new DeedTaxDeclarationTemplate(), PropertyVocabularies.DeedTax),
        new ComposedTemplate(new LandValueIncrementTaxDeclarationTemplate(), PropertyVocabularies.LandValueIncrement),
        new ComposedTemplate(new TaxRefundRequestTemplate(), PaymentVocabularies.TaxRefund),
        new ComposedTemplate(new AppealReexaminationTemplate(), PaymentVocabularies.Appeal),
        new ComposedTemplate(new MailingAddressChangeTemplate(), PaymentVocabularies.MailingAddress),
        new ComposedTemplate(new InstallmentOrDeferralTemplate(), PaymentVocabularies.Installment),
        new ComposedTemplate(new StampTaxTemplate(), BusinessVocabularies.StampTax),
        new ComposedTemplate(new AmusementTaxTemplate(), BusinessVocabularies.AmusementTax),
        new ComposedTemplate(new OfficialLetterTemplate(), BusinessVocabularies.OfficialLetter),
        new OutOfScopeTemplate(),
    ];

    public static ISampleTemplate Template(string label) =>
        Templates.FirstOrDefault(t => t.Label == label) ?? throw new ArgumentException($"Unknown label '{label}'.", nameof(label));

    public static SampleDocument Compose(string label, int index, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var template = Template(label);
        var labelIndex = IndexOf(label);
        var format = SampleFormats.Choose(new Random(StreamSeed(seed, labelIndex, index, 0)));
        var faker = new SampleFaker(StreamSeed(seed, labelIndex, index, 1));
        var context = new SampleContext(faker, withTitle: !faker.Chance(NoTitleShare));

        // Layouts take turns, from a seed-dependent start, so even three documents per class
        // show every layout.
        var layout = template.Layouts[(index + (seed & 0xFF)) % template.Layouts.Count];
        var pages = new List<PageContent> { template.Compose(context, layout) };
        var mainPage = 0;
        var outOfScope = label == SampleLabels.OutOfScope;
        if (format.HoldsPages() && !outOfScope)
        {
            if (faker.Chance(AttachmentShare) && template.Attachments.Count > 0)
            {
                pages.Add(AttachmentPages.Compose(context, faker.PickOf(template.Attachments)));
            }

            if (faker.Chance(CoverShare))
            {
                pages.Insert(0, CoverPage.Compose(context, pages.Count + 1));
                mainPage = 1;
            }
        }

        var style = DocumentStyle.Choose(new Random(StreamSeed(seed, labelIndex, index, 3)), rewordable: !outOfScope);
        return new SampleDocument(label, index, layout, format, context.WithTitle && !outOfScope, [.. pages.Select(style.Apply)], context.Bureau, context.Applicant.Name, context.Date)
        {
            MainPage = mainPage,
            Family = outOfScope ? SampleDocument.OutOfScopeFamily : ComposedTemplate.IsComposed(layout) ? SampleDocument.ComposedFamily : SampleDocument.HandWrittenFamily,
            Face = style.Body,
            NoiseSeed = StreamSeed(seed, labelIndex, index, 4),
            ScanSeed = StreamSeed(seed, labelIndex, index, 2),
        };
    }

    // Seed of one random stream of one document (SplitMix64 finaliser over the four inputs);
    // HashCode.Combine is randomised per process, so it cannot be used here.
    internal static int StreamSeed(int seed, int labelIndex, int index, int stream)
    {
        unchecked
        {
            var x = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)labelIndex << 48) ^ ((ulong)(uint)index << 16) ^ (uint)stream;
            x ^= x >> 30;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 27;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return (int)(x & 0x7FFF_FFFF);
        }
    }

    private static int IndexOf(string label)
    {
        if (label == SampleLabels.OutOfScope)
        {
            return SampleLabels.All.Count;
        }

        for (var i = 0; i < SampleLabels.All.Count; i++)
        {
            if (SampleLabels.All[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown label '{label}'.", nameof(label));
    }
}
