namespace DocClassifier.Samples.Corpus;

// The twelve document classes. The slugs are folder names the RPA bots read results from, so
// they never change; the order is the order of DOMAIN.md and of every corpus listing.
public static class SampleLabels
{
    public const string HouseTaxRelief = "house-tax-relief";
    public const string LandValueTaxSelfUse = "land-value-tax-self-use";
    public const string VehicleLicenseTaxExemption = "vehicle-license-tax-exemption";
    public const string DeedTaxDeclaration = "deed-tax-declaration";
    public const string LandValueIncrementTaxDeclaration = "land-value-increment-tax-declaration";
    public const string TaxRefundRequest = "tax-refund-request";
    public const string AppealReexamination = "appeal-reexamination";
    public const string MailingAddressChange = "mailing-address-change";
    public const string InstallmentOrDeferral = "installment-or-deferral";
    public const string StampTax = "stamp-tax";
    public const string AmusementTax = "amusement-tax";
    public const string OfficialLetter = "official-letter";

    // Not a tax label: documents that are none of the twelve. A model that predicts it sends the
    // document to review, never to a result folder of its own (see Routing.ThresholdRoutingPolicy).
    public const string OutOfScope = Classification.OutOfScope.Label;

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [HouseTaxRelief] = "房屋稅減免申請",
        [LandValueTaxSelfUse] = "地價稅自用住宅用地優惠稅率申請",
        [VehicleLicenseTaxExemption] = "使用牌照稅免稅申請",
        [DeedTaxDeclaration] = "契稅申報",
        [LandValueIncrementTaxDeclaration] = "土地增值稅申報",
        [TaxRefundRequest] = "退稅申請",
        [AppealReexamination] = "復查申請",
        [MailingAddressChange] = "變更送達地址申請",
        [InstallmentOrDeferral] = "延期或分期繳納申請",
        [StampTax] = "印花稅",
        [AmusementTax] = "娛樂稅",
        [OfficialLetter] = "機關來函",
        [OutOfScope] = "非稅務文件（範圍外）",
    };

    // The twelve tax labels; OutOfScope is not one of them.
    public static IReadOnlyList<string> All { get; } =
    [
        HouseTaxRelief,
        LandValueTaxSelfUse,
        VehicleLicenseTaxExemption,
        DeedTaxDeclaration,
        LandValueIncrementTaxDeclaration,
        TaxRefundRequest,
        AppealReexamination,
        MailingAddressChange,
        InstallmentOrDeferral,
        StampTax,
        AmusementTax,
        OfficialLetter,
    ];

    // The twelve and OutOfScope, what the shipped model is trained on.
    public static IReadOnlyList<string> WithOutOfScope { get; } = [.. All, OutOfScope];

    /// <summary>The Chinese name for a known label, else the label itself (labels added later).</summary>
    public static string DisplayName(string label) => Names.GetValueOrDefault(label, label);

    public static string ChineseName(string label) =>
        Names.TryGetValue(label, out var name) ? name : throw new ArgumentException($"Unknown label '{label}'.", nameof(label));
}
