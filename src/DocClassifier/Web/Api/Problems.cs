using DocClassifier.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocClassifier.Host.Web.Api;

/// <summary>RFC 7807 problem details for the API's refusals.</summary>
public static class Problems
{
    public static ProblemHttpResult From(ReviewException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Problem switch
        {
            ReviewProblem.NotFound => TypedResults.Problem(error.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            ReviewProblem.Conflict => TypedResults.Problem(error.Message, statusCode: StatusCodes.Status409Conflict, title: "Already decided or taken"),

            // The decision is saved; only its result file waits for the sweep, so asking again is not needed.
            ReviewProblem.DeliveryPending => TypedResults.Problem(error.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Decision saved, delivery pending"),
            _ => TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request"),
        };
    }

    public static ProblemHttpResult InvalidId(string id) =>
        TypedResults.Problem($"'{id}' is not a document id (64 hexadecimal digits).", statusCode: StatusCodes.Status400BadRequest, title: "Invalid document id");

    public static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No document {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
