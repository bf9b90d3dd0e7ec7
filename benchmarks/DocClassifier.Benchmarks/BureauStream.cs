using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Learning;
using DocClassifier.Samples.Corpus;
using DocClassifier.Training;

namespace DocClassifier.Benchmarks;

/// <summary>
/// A bureau's documents arriving one class after another in order: the live model routes each one; a document sent to
/// review is decided by a reviewer (a reviewed example), and every delivered document whose id falls in the spot-check
/// share is checked by a reviewer (a spot-checked example, with its true label). At most <see cref="MaxPerClass"/>
/// documents of a class arrive: a model that sends almost nothing to review is not waited for.
/// </summary>
internal sealed class BureauStream(string examplesRoot, double spotCheckPercent, int seed, bool composed)
{
    public const int MaxPerClass = 400;

    private readonly Dictionary<string, IEnumerator<LabeledText>> next = SampleLabels.All.ToDictionary(l => l, l => ColdStartBenchmark.Family(l, seed, composed).Take(MaxPerClass).GetEnumerator());
    private readonly Dictionary<string, int> reviewed = SampleLabels.All.ToDictionary(l => l, _ => 0);

    public int Reviewed => reviewed.Values.Sum();

    public int SpotChecked { get; private set; }

    /// <summary>Lets documents of every class pass the model until reviewers have decided <paramref name="perClass"/> of each.</summary>
    public void ReviewUntil(MlNetDocumentClassifier live, int perClass)
    {
        foreach (var label in SampleLabels.All)
        {
            while (reviewed[label] < perClass && next[label].MoveNext())
            {
                var document = next[label].Current;
                if (ModelEvaluator.Route(live, document.Text).Verdict.Decision == RoutingDecision.Review)
                {
                    ReviewedExamples.Add(examplesRoot, label, document.ContentHash, document.Text);
                    reviewed[label]++;
                }
                else if (Convert.ToInt32(document.ContentHash[^4..], 16) % 10000 < spotCheckPercent * 100)
                {
                    ReviewedExamples.Add(examplesRoot, label, document.ContentHash, document.Text, ExampleSource.SpotCheck);
                    SpotChecked++;
                }
            }
        }
    }
}
