using System.Globalization;

namespace DocClassifier.Classification;

/// <summary>
/// How text becomes features: which n-gram blocks, term frequency as is or 1 + ln(tf) (sublinear),
/// inverse document frequency or not, and how many training documents a term needs to be kept.
/// Each block is L2-normalised on its own and the blocks are concatenated.
/// </summary>
public sealed record TextFeatureOptions(IReadOnlyList<NgramBlock> Blocks, bool SublinearTf, bool Idf, int MinDocumentFrequency)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{string.Join(" + ", Blocks)}, {(SublinearTf ? "sublinear tf" : "raw tf")}{(Idf ? ", idf" : ", no idf")}, min df {MinDocumentFrequency}");

    public bool Equals(TextFeatureOptions? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
