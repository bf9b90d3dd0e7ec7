namespace DocClassifier.Samples.Corpus;

// The account a refund is transferred to, as copied from a passbook cover.
public sealed record BankAccount(string Bank, string BankCode, string Branch, string Number, string Holder);
