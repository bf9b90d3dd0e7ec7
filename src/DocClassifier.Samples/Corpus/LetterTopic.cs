namespace DocClassifier.Samples.Corpus;

// What an agency writes to the tax bureau about: the agency, its letter number prefix, the
// subject (主旨), the numbered points (說明) and who signs.
internal sealed record LetterTopic(string Agency, string NumberPrefix, string Subject, string[] Points, string Head);
