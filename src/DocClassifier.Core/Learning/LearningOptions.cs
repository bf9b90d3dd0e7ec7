namespace DocClassifier.Learning;

/// <summary>Settings of learning from reviewers (configuration section "Learning"; environment LEARNING__NAME).</summary>
public sealed class LearningOptions
{
    public const string SectionName = "Learning";

    /// <summary>When the retraining job runs, as a cron expression in the server's local time (default 02:00 nightly); empty or "never" turns it off.</summary>
    public string Schedule { get; set; } = "0 2 * * *";

    /// <summary>The base training data (a labelled folder or a text,label CSV); unset: the synthetic corpus the shipped model was trained on, regenerated.</summary>
    public string? BaseData { get; set; }

    /// <summary>This share (percent) of reviewed examples, chosen by document id so it never changes, is never trained on and judges champion against challenger.</summary>
    public int HeldOutPercent { get; set; } = 20;

    /// <summary>Fewer held-out examples than this is too few to judge a challenger: retraining waits.</summary>
    public int MinHeldOut { get; set; } = 5;

    /// <summary>A label an administrator added joins training once reviewers have given it this many examples.</summary>
    public int MinExamplesForNewLabel { get; set; } = 10;

    /// <summary>
    /// How much a reviewed example counts in training against one base document. A bureau's first decisions are few
    /// beside the base data (1,800 documents), so at 1 they barely move the model; chosen by the cold-start benchmark.
    /// </summary>
    public double ReviewedExampleWeight { get; set; } = 5;

    /// <summary>
    /// The share (percent) of delivered documents that reviewers spot-check. With the number of spot-checked examples it
    /// estimates how many documents were delivered, and so how much the spot-checks weigh against the reviewed examples
    /// when a challenger is judged.
    /// </summary>
    public double SpotCheckPercent { get; set; } = 10;

    /// <summary>How much worse (macro-F1, automation) a challenger may be on the held-out examples and still be promoted; 0 means "not worse".</summary>
    public double Tolerance { get; set; }

    /// <summary>How often workers look for a newly promoted model.</summary>
    public double CheckLiveSeconds { get; set; } = 15;
}
