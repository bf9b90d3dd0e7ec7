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
}
