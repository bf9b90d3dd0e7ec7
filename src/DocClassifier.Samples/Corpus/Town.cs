namespace DocClassifier.Samples.Corpus;

// A township or district with its postcode, some of its villages (里/村), roads and cadastral
// sections (段), so that an address and a land parcel of one document agree with each other.
internal sealed record Town(string Name, string Zip, string[] Villages, string[] Roads, string[] Sections);
