namespace DocClassifier.Review;

/// <summary>Why a review action was refused; the web layer maps it to 404, 409 or 400.</summary>
public enum ReviewProblem
{
    Invalid,
    NotFound,
    Conflict,
}
