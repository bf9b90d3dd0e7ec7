namespace DocClassifier.Review;

/// <summary>Why a review action was refused; the web layer maps it to 404, 409, 503 or 400.</summary>
public enum ReviewProblem
{
    Invalid,
    NotFound,
    Conflict,

    /// <summary>The decision is recorded but its result could not be written yet; the service delivers it later (the API answers 503).</summary>
    DeliveryPending,
}
