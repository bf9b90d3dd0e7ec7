using DocClassifier.Storage;

namespace DocClassifier.Review;

/// <summary>
/// What the statistics page shows, computed from the audit trail's structured columns (actor kind, action,
/// labels; never its text): documents per hour by outcome, the automation rate and the review share (of all
/// documents the model finished: delivered by it, sent to review, or failed), and per predicted class how
/// often reviewers kept or changed the model's label when they decided.
/// </summary>
public sealed record ReviewStatistics(
    IReadOnlyList<HourlyOutcomes> Hours,
    int DeliveredByModel,
    int DeliveredByReviewer,
    int SentToReview,
    int Failed,
    IReadOnlyList<ClassCorrections> Corrections)
{
    /// <summary>Documents whose processing ended: delivered by the model, sent to review, or failed. A reviewer's delivery is the end of one sent to review, so it is not counted again.</summary>
    public int Finished => DeliveredByModel + SentToReview + Failed;

    /// <summary>Delivered by the model without a person, of all finished documents.</summary>
    public double? AutomationRate => Finished == 0 ? null : (double)DeliveredByModel / Finished;

    /// <summary>Sent to review, of all finished documents (decided or still waiting).</summary>
    public double? ReviewShare => Finished == 0 ? null : (double)SentToReview / Finished;

    public static ReviewStatistics From(IReadOnlyList<AuditEntry> audit, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var hours = new SortedDictionary<DateTimeOffset, int[]>();
        for (var hour = Truncate(from); hour < to; hour = hour.AddHours(1))
        {
            hours[hour] = new int[4];
        }

        int byModel = 0, byReviewer = 0, toReview = 0, failed = 0;
        var corrections = new Dictionary<string, (int Kept, int Changed)>(StringComparer.Ordinal);
        foreach (var entry in audit.Where(e => e.At >= from && e.At < to))
        {
            if (entry is { Action: AuditAction.Decided, Kind: ActorKind.Reviewer, FromLabel: { } predicted, ToLabel: { } decided })
            {
                var (kept, changed) = corrections.GetValueOrDefault(predicted);
                corrections[predicted] = predicted == decided ? (kept + 1, changed) : (kept, changed + 1);
                continue;
            }

            var outcome = entry switch
            {
                { Action: AuditAction.Delivered, Kind: ActorKind.Model } => 0,
                { Action: AuditAction.Delivered, Kind: ActorKind.Reviewer } => 1,
                { Action: AuditAction.SentToReview } => 2,
                { Action: AuditAction.Failed } => 3,
                _ => -1,
            };
            if (outcome < 0)
            {
                continue;
            }

            if (hours.TryGetValue(Truncate(entry.At), out var slot))
            {
                slot[outcome]++;
            }

            switch (outcome)
            {
                case 0: byModel++; break;
                case 1: byReviewer++; break;
                case 2: toReview++; break;
                default: failed++; break;
            }
        }

        return new ReviewStatistics(
            [.. hours.Select(h => new HourlyOutcomes(h.Key, h.Value[0], h.Value[1], h.Value[2], h.Value[3]))],
            byModel,
            byReviewer,
            toReview,
            failed,
            [.. corrections.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new ClassCorrections(c.Key, c.Value.Kept, c.Value.Changed))]);
    }

    private static DateTimeOffset Truncate(DateTimeOffset at) => new(at.Year, at.Month, at.Day, at.Hour, 0, 0, at.Offset);
}
