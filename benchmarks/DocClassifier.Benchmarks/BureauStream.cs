using DocClassifier.Classification;
using DocClassifier.Evaluation;
using DocClassifier.Learning;
using DocClassifier.Processing;
using DocClassifier.Samples.Corpus;
using DocClassifier.Training;

namespace DocClassifier.Benchmarks;

/// <summary>
/// A bureau's documents arriving one class after another in order: the live model routes each one; a document sent to
/// review is decided by a reviewer (a reviewed example), and every delivered document whose id falls in the spot-check
/// share is checked by a reviewer (a spot-checked example, with its true label; one that corrects the model is also a
/// reviewed example, as the service's spot-check desk makes it). At most <see cref="MaxPerClass"/>
/// documents of a class arrive: a model that sends almost nothing to review is not waited for.
/// </summary>
internal sealed class BureauStream(string examplesRoot, double spotCheckPercent, int seed, bool composed)
{
    public const int MaxPerClass = 400;

    private readonly Dictionary<string, IEnumerator<LabeledText>> next = SampleLabels.All.ToDictionary(l => l, l => ColdStartBenchmark.Family(l, seed, composed).Take(MaxPerClass).GetEnumerator());
    private readonly Dictionary<string, int> reviewed = SampleLabels.All.ToDictionary(l => l, _ => 0);

    public int Reviewed => reviewed.Values.Sum();

    public int SpotChecked { get; private set; }

    /// <summary>The spot-checks that corrected the model (each also a reviewed example).</summary>
    public int Corrected { get; private set; }

    /// <summary>Lets documents of every class pass the model until reviewers have decided <paramref name="perClass"/> of each.</summary>
    public void ReviewUntil(MlNetDocumentClassifier live, int perClass)
    {
        foreach (var label in SampleLabels.All)
        {
            while (reviewed[label] < perClass && next[label].MoveNext())
            {
                var document = next[label].Current;
                var (scores, verdict) = ModelEvaluator.Route(live, document.Text);
                if (verdict.Decision == RoutingDecision.Review)
                {
                    ReviewedExamples.Add(examplesRoot, label, document.ContentHash, document.Text);
                    reviewed[label]++;
                }
                else if (SpotCheckSample.IsChosen(document.ContentHash, spotCheckPercent))
                {
                    ReviewedExamples.Add(examplesRoot, label, document.ContentHash, document.Text, ExampleSource.SpotCheck);
                    SpotChecked++;
                    if (scores.Label != label)
                    {
                        // As the service's SpotCheckDesk does: a correction is delivered as a decision, a reviewed example.
                        ReviewedExamples.Add(examplesRoot, label, document.ContentHash, document.Text);
                        Corrected++;
                    }
                }
            }
        }
    }
}
