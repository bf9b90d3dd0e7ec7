namespace DocClassifier.Samples.Corpus;

// A taxpayer, agent or official as a document names them.
public sealed record Person(string Name, string NationalId, string Address, string Phone, DateOnly BirthDate, bool Female);
