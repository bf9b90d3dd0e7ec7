using DocClassifier.Extraction;
using DocClassifier.Samples.Corpus;

namespace DocClassifier.Samples.Stacks;

/// <summary>
/// The generator's documents of the twelve classes for stacks, split by layout into those the page-level boundary
/// model trains on and those it is measured on: each class's third hand-written layout and the numbered memo (a
/// composed layout every class has) are held out, whole.
/// </summary>
public static class StackDocuments
{
    private const string HeldOutComposedLayout = "composed-numbered-memo";

    /// <summary>Whether documents of this class and layout are kept out of the page model's training.</summary>
    public static bool IsHeldOut(string label, string layout) =>
        layout == HeldOutComposedLayout || SampleComposer.Template(label).Layouts.ElementAtOrDefault(2) == layout;

    /// <summary>Up to <paramref name="perClass"/> documents of each class, from the held-out layouts or from the others.</summary>
    public static IEnumerable<SampleDocument> Compose(int perClass, int seed, bool heldOut)
    {
        foreach (var label in SampleLabels.All)
        {
            var taken = 0;
            for (var index = 1; taken < perClass && index <= perClass * 20; index++)
            {
                var document = CorpusGenerator.Compose(label, index, seed);
                if (IsHeldOut(label, document.Layout) == heldOut)
                {
                    taken++;
                    yield return document;
                }
            }
        }
    }

    /// <summary>Each page's text as OCR might read it from a scan (<see cref="OcrNoise"/>), normalised as extraction normalises.</summary>
    public static IReadOnlyList<string> NoisyPages(SampleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Pages.Select((page, i) => TextNormalizer.Normalize(OcrNoise.Apply(page.GroundTruth, new Random(document.NoiseSeed + i))))];
    }
}
