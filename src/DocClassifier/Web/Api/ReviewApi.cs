using System.Security.Claims;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Processing;
using DocClassifier.Review;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DocClassifier.Host.Web.Api;

/// <summary>/api/review: claim the next item under a lease (POST: it changes state), decide it, or split a stack waiting to be split.</summary>
public static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/review").RequireAuthorization(Policies.Reviewer).WithTags("Review");
        // Claiming changes state, so it is a POST (a GET may be repeated or prefetched by anything).
        group.MapPost("/next", Next);
        group.MapPost("/{id}/decision", Decide).DisableAntiforgery();
        group.MapPost("/{id}/split", Split).DisableAntiforgery();
        return group;
    }

    private static Results<Ok<ReviewItem>, NoContent> Next(ClaimsPrincipal user, ReviewDesk desk, WorkStore work, string? label, string? source, double? maxConfidence)
    {
        var document = desk.Next(ReviewerName(user), new DocumentQuery { Label = label, SourceFolder = source, MaxConfidence = maxConfidence });
        return document is null ? TypedResults.NoContent() : TypedResults.Ok(ReviewItem.From(document, work.Find(document.Id)));
    }

    private static Results<Ok<DocumentView>, ProblemHttpResult> Decide(string id, DecisionRequest decision, ClaimsPrincipal user, ReviewDesk desk, IDocumentLedger ledger)
    {
        if (!DocumentId.IsValid(id))
        {
            return Problems.InvalidId(id);
        }

        try
        {
            desk.Decide(id, decision.Label, ReviewerName(user), decision.Fields);
            return TypedResults.Ok(DocumentView.From(ledger.Find(id)!));
        }
        catch (ReviewException e)
        {
            return Problems.From(e);
        }
    }

    // The parts (or the stack kept whole) are queued at once; the service's hand-off would queue them anyway.
    private static Results<Ok<SplitResult>, ProblemHttpResult> Split(string id, SplitRequest request, ClaimsPrincipal user, StackReview review, IDocumentLedger ledger, IDocumentQueue queue)
    {
        if (!DocumentId.IsValid(id))
        {
            return Problems.InvalidId(id);
        }

        try
        {
            var queued = review.Decide(id, request?.FirstPages ?? [], ReviewerName(user));
            foreach (var document in queued)
            {
                queue.Enqueue(document);
            }

            var parts = queued.Where(d => d != id).Select(d => DocumentView.From(ledger.Find(d)!)).ToList();
            return TypedResults.Ok(new SplitResult(DocumentView.From(ledger.Find(id)!), parts));
        }
        catch (ReviewException e)
        {
            return Problems.From(e);
        }
    }

    /// <summary>The name recorded in the audit trail: the user's name, or key:NAME for a bot.</summary>
    public static string ReviewerName(ClaimsPrincipal user) => user?.Identity?.Name ?? throw new InvalidOperationException("No signed-in user.");
}
