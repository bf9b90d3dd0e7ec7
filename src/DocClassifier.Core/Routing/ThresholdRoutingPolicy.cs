using System.Globalization;
using DocClassifier.Classification;
using DocClassifier.Fields;

namespace DocClassifier.Routing;

/// <summary>
/// Delivers a document when its best label reaches the threshold its model was shipped with (global or
/// per label, from the model card) and its fields meet the label's needs; otherwise it goes to review.
/// The rules, in the order they are tried: no readable text, out of scope, a label the model never
/// delivers, confidence below the threshold, required fields (<see cref="FieldRequirements"/>).
/// </summary>
public sealed class ThresholdRoutingPolicy(FieldRequirements? requirements = null) : IRoutingPolicy
{
    /// <summary>Fewer letters and digits than this (a blank page, a stamp) is nothing to classify.</summary>
    public const int MinSubstance = 15;

    public const string NoTextReason = "The document has no readable text (blank page or unreadable scan).";

    /// <summary>The thresholds and rules alone, without field requirements: what the evaluations measure a model by.</summary>
    public static ThresholdRoutingPolicy Default { get; } = new();

    public RoutingVerdict Decide(ClassificationResult scores, string text, IReadOnlyList<ExtractedField> fields)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fields);
        if (ClassifierText.Substance(text) < MinSubstance)
        {
            return RoutingVerdict.Review(NoTextReason, whateverTheConfidence: true);
        }

        if (scores.Label == OutOfScope.Label)
        {
            return RoutingVerdict.Review(OutOfScope.Reason, whateverTheConfidence: true);
        }

        if (scores.Threshold > 1)
        {
            return RoutingVerdict.Review(
                $"The model never delivers '{scores.Label}' without review: its predictions did not reach {scores.TargetPrecision:P0} precision in training.");
        }

        if (scores.Confidence < scores.Threshold)
        {
            return RoutingVerdict.Review(
                string.Create(CultureInfo.InvariantCulture, $"Confidence {scores.Confidence:F2} is below the threshold {scores.Threshold:F2} for '{scores.Label}'."));
        }

        return (requirements ?? FieldRequirements.None).Problem(scores.Label, fields) is { } missing
            ? RoutingVerdict.Review(missing, whateverTheConfidence: true)
            : RoutingVerdict.Deliver;
    }
}
