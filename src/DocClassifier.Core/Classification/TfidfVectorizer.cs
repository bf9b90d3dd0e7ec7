using System.Text;
using Microsoft.ML.Data;

namespace DocClassifier.Classification;

/// <summary>
/// Our own sparse TF-IDF (ML.NET's text featurizer has no sublinear TF): the vocabulary and IDF weights
/// learnt from training documents, turned into one feature vector per text. It travels inside the
/// model's zip (<see cref="ModelArchive"/>), so training and serving weigh text the same way.
/// </summary>
public sealed class TfidfVectorizer
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] lookups;
    private readonly IReadOnlyList<string>[] vocabularies;
    private readonly float[][] idf;
    private readonly int[] offsets;

    public TfidfVectorizer(TextFeatureOptions options, IReadOnlyList<IReadOnlyList<string>> vocabularies, IReadOnlyList<float[]> idf)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(vocabularies);
        ArgumentNullException.ThrowIfNull(idf);
        if (vocabularies.Count != options.Blocks.Count || idf.Count != options.Blocks.Count || vocabularies.Zip(idf).Any(p => p.First.Count != p.Second.Length))
        {
            throw new ArgumentException("One vocabulary and one IDF weight per term are needed for each n-gram block.", nameof(vocabularies));
        }

        Options = options;
        this.vocabularies = [.. vocabularies];
        this.idf = [.. idf];
        lookups = vocabularies
            .Select(v => v.Select((term, i) => (term, i)).ToDictionary(x => x.term, x => x.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>())
            .ToArray();
        offsets = new int[vocabularies.Count + 1];
        for (var b = 0; b < vocabularies.Count; b++)
        {
            offsets[b + 1] = offsets[b] + vocabularies[b].Count;
        }
    }

    public TextFeatureOptions Options { get; }

    /// <summary>Length of every feature vector.</summary>
    public int Dimension => offsets[^1];

    /// <summary>The feature vector of prepared text (see <see cref="ClassifierText.Prepare"/>); terms not in the vocabulary are ignored.</summary>
    public VBuffer<float> Transform(string prepared)
    {
        var indices = new List<int>();
        var values = new List<float>();
        for (var b = 0; b < lookups.Length; b++)
        {
            var counts = new Dictionary<int, int>();
            var lookup = lookups[b];
            Options.Blocks[b].Each(prepared, ngram =>
            {
                if (lookup.TryGetValue(ngram, out var term))
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                }
            });
            var terms = counts.Keys.Order().ToArray();
            var weights = Weigh(terms, terms.Select(t => counts[t]).ToArray(), idf[b], Options.SublinearTf, Options.Blocks[b].Norm);
            indices.AddRange(terms.Select(t => t + offsets[b]));
            values.AddRange(weights);
        }

        return new VBuffer<float>(Dimension, indices.Count, [.. values], [.. indices]);
    }

    /// <summary>
    /// The blocks of several vectorizers with the same weighting, one after another: a vector of the result is
    /// their vectors concatenated (how the models of all cross-validation folds are served as one ensemble).
    /// </summary>
    public static TfidfVectorizer Concatenate(IReadOnlyList<TfidfVectorizer> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var first = parts[0].Options;
        if (parts.Any(p => p.Options.SublinearTf != first.SublinearTf || p.Options.Idf != first.Idf || p.Options.MinDocumentFrequency != first.MinDocumentFrequency || p.Options.NbWeighting != first.NbWeighting))
        {
            throw new ArgumentException("Only vectorizers with the same weighting can be concatenated.", nameof(parts));
        }

        return new TfidfVectorizer(
            first with { Blocks = [.. parts.SelectMany(p => p.Options.Blocks)] }, [.. parts.SelectMany(p => p.vocabularies)], [.. parts.SelectMany(p => p.idf)]);
    }

    /// <summary>
    /// TF (or 1 + ln TF) times IDF, L2-normalised over one block (to length <paramref name="norm"/>): the one
    /// weighting used in training and serving. <paramref name="terms"/> index <paramref name="idf"/>.
    /// </summary>
    public static float[] Weigh(ReadOnlySpan<int> terms, ReadOnlySpan<int> counts, float[] idf, bool sublinear, float norm = 1)
    {
        ArgumentNullException.ThrowIfNull(idf);
        var weights = new float[terms.Length];
        var sum = 0.0;
        for (var i = 0; i < terms.Length; i++)
        {
            var tf = sublinear ? 1 + Math.Log(counts[i]) : counts[i];
            weights[i] = (float)(tf * idf[terms[i]]);
            sum += weights[i] * (double)weights[i];
        }

        if (sum > 0)
        {
            var scale = (float)(norm / Math.Sqrt(sum));
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] *= scale;
            }
        }

        return weights;
    }

    /// <summary>Smoothed IDF, as scikit-learn's: ln((1 + n) / (1 + df)) + 1; 1 for every term without IDF.</summary>
    public static float InverseDocumentFrequency(int documents, int documentFrequency, bool useIdf) =>
        useIdf ? (float)(Math.Log((1.0 + documents) / (1.0 + documentFrequency)) + 1) : 1f;

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

        // A model with a layout block is written in format 2, one with naive Bayes weights in format 3 (which
        // records that flag), so a program from before either refuses it by name; one with neither as before.
        // Naive Bayes weights are already folded into the IDF weights: serving needs the flag only to describe them.
        writer.Write(Options.NbWeighting ? NbFormatVersion : Options.Blocks.Any(b => b.Kind == NgramKind.Layout) ? LayoutFormatVersion : FormatVersion);
        writer.Write(Options.SublinearTf);
        writer.Write(Options.Idf);
        writer.Write(Options.MinDocumentFrequency);
        if (Options.NbWeighting)
        {
            writer.Write(true);
        }

        writer.Write(Options.Blocks.Count);
        for (var b = 0; b < Options.Blocks.Count; b++)
        {
            var block = Options.Blocks[b];
            writer.Write((int)block.Kind);
            writer.Write(block.MinLength);
            writer.Write(block.MaxLength);
            writer.Write(vocabularies[b].Count);
            for (var t = 0; t < vocabularies[b].Count; t++)
            {
                writer.Write(vocabularies[b][t]);
                writer.Write(idf[b][t]);
            }
        }
    }

    public static TfidfVectorizer Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var version = reader.ReadInt32();
        if (version is not (FormatVersion or LayoutFormatVersion or NbFormatVersion))
        {
            throw new InvalidDataException($"The model's text features are in format {version}; this program reads formats {FormatVersion} to {NbFormatVersion}.");
        }

        var (sublinear, useIdf, minDf) = (reader.ReadBoolean(), reader.ReadBoolean(), reader.ReadInt32());
        var nbWeighted = version == NbFormatVersion && reader.ReadBoolean();
        var count = reader.ReadInt32();
        var blocks = new List<NgramBlock>();
        var vocabularies = new List<IReadOnlyList<string>>();
        var weights = new List<float[]>();
        for (var b = 0; b < count; b++)
        {
            var kind = (NgramKind)reader.ReadInt32();
            if (!Enum.IsDefined(kind) || (kind == NgramKind.Layout && version == FormatVersion))
            {
                throw new InvalidDataException($"The model's text features name an unknown kind of block ({(int)kind}).");
            }

            blocks.Add(new NgramBlock(kind, reader.ReadInt32(), reader.ReadInt32()));
            var terms = new string[reader.ReadInt32()];
            var idf = new float[terms.Length];
            for (var t = 0; t < terms.Length; t++)
            {
                terms[t] = reader.ReadString();
                idf[t] = reader.ReadSingle();
            }

            vocabularies.Add(terms);
            weights.Add(idf);
        }

        return new TfidfVectorizer(new TextFeatureOptions(blocks, sublinear, useIdf, minDf, nbWeighted), vocabularies, weights);
    }

    private const int FormatVersion = 1;

    private const int LayoutFormatVersion = 2;

    private const int NbFormatVersion = 3;
}
