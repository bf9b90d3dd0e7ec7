using System.Globalization;

namespace DocClassifier.Classification;

/// <summary>
/// How text becomes features: which n-gram blocks, term frequency as is or 1 + ln(tf) (sublinear),
/// inverse document frequency or not, how many training documents a term needs to be kept, and whether
/// each term is also weighed by how well it tells the labels apart (naive Bayes log-count ratios, folded
/// into the IDF weights). Each block is L2-normalised on its own and the blocks are concatenated.
/// </summary>
public sealed record TextFeatureOptions(IReadOnlyList<NgramBlock> Blocks, bool SublinearTf, bool Idf, int MinDocumentFrequency, bool NbWeighting = false)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{string.Join(" + ", Blocks)}, {(SublinearTf ? "sublinear tf" : "raw tf")}{(Idf ? ", idf" : ", no idf")}{(NbWeighting ? ", nb-weighted" : "")}, min df {MinDocumentFrequency}");

    public bool Equals(TextFeatureOptions? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
