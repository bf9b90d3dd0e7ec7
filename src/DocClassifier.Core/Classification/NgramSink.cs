namespace DocClassifier.Classification;

/// <summary>Receives one n-gram, as a slice of the text (copy it to keep it).</summary>
public delegate void NgramSink(ReadOnlySpan<char> ngram);
