namespace DocClassifier.Review;

/// <summary>A review action that cannot be done (unknown document, already decided, unknown label), with why.</summary>
public sealed class ReviewException : Exception
{
    public ReviewException()
    {
    }

    public ReviewException(string message)
        : base(message)
    {
    }

    public ReviewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReviewException(ReviewProblem problem, string message)
        : base(message) => Problem = problem;

    public ReviewProblem Problem { get; } = ReviewProblem.Invalid;

    /// <summary>A label that is none of <paramref name="labels"/> nor "none of these".</summary>
    public static ReviewException UnknownLabel(string label, IEnumerable<string> labels) =>
        new(ReviewProblem.Invalid, $"'{label}' is not a label. Known labels: {string.Join(", ", labels)}, or '{ReviewDesk.NoneOfTheLabels}'.");

    /// <summary>A decision that is recorded but whose result could not be written yet (<paramref name="decision"/>: "decision (LABEL)").</summary>
    public static ReviewException DeliveryPending(string decision, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return new(
            ReviewProblem.DeliveryPending,
            $"Your {decision} is saved, but its result could not be written to the results folder ({cause.Message}). " +
            "The service delivers it by itself as soon as the folder can be written again; there is nothing more to do.");
    }
}
