namespace DocClassifier.Samples.Corpus;

// Copies stapled behind a form.
internal enum AttachmentKind
{
    IdCardCopy,
    SaleContractExcerpt,
    PassbookCover,
    TaxBillCopy,
    DisabilityCertificateCopy,
    HouseholdRegisterCopy,
}
