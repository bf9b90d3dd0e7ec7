namespace DocClassifier.Samples.Corpus;

// Who files what, where and when, for one document; every template draws from it so that the
// names, places and dates on one page agree with each other.
internal sealed class SampleContext
{
    public SampleContext(SampleFaker faker, bool withTitle)
    {
        Faker = faker;
        WithTitle = withTitle;
        County = faker.County();
        Town = faker.Town(County);
        Applicant = faker.Person(County);
        Date = faker.Date(112, 114);
    }

    private string? houseTaxNumber;
    private string? plate;
    private string? billNumber;
    private string? companyName;
    private string? businessNumber;

    public SampleFaker Faker { get; }

    // False for the ~40% of documents whose class must be told from the body alone.
    public bool WithTitle { get; }

    public County County { get; }

    // The town of the house, land or business the document is about.
    public Town Town { get; }

    public string Bureau => County.TaxBureau;

    public Person Applicant { get; }

    // The day the document was signed.
    public DateOnly Date { get; }

    public int RocYear => RocDates.RocYear(Date);

    // The tax the document is about, set by the template so an attached bill copy agrees.
    public string TaxTopic { get; set; } = "房屋稅";

    // Identifiers drawn once, so that a form and the bill copy behind it show the same number.
    public string HouseTaxNumber => houseTaxNumber ??= Faker.HouseTaxNumber();

    public string Plate => plate ??= Faker.Plate();

    public string BillNumber => billNumber ??= Faker.TaxBillNumber();

    public string CompanyName => companyName ??= Faker.CompanyName();

    public string BusinessNumber => businessNumber ??= Faker.BusinessNumber();

    public string DateText() => Faker.RocDate(Date);

    public string DateText(DateOnly date) => Faker.RocDate(date);

    public string PropertyAddress() => Faker.Address(County, Town);

    public string Parcel() => Faker.Parcel(Town);

    public string Amount(long value) => Faker.Amount(value);

    public string Pick(params string[] options) => Faker.Pick(options);

    public bool Chance(double probability) => Faker.Chance(probability);

    public int Next(int minInclusive, int maxExclusive) => Faker.Next(minInclusive, maxExclusive);

    // How a taxpayer addresses the bureau in running text.
    public string You() => Bureau.EndsWith('處') ? Pick("貴處", "鈞處") : Pick("貴局", "貴局", "鈞局");
}
