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

/// <summary>
/// /api/spot-checks: the model's deliveries chosen for a spot-check (<c>Learning:SpotCheckPercent</c> of them), the
/// next one, and a reviewer's answer (the delivered label confirms it; another label corrects and redelivers it).
/// </summary>
public static class SpotCheckApi
{
    public static RouteGroupBuilder MapSpotCheckApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/spot-checks").RequireAuthorization(Policies.Reviewer).WithTags("Spot-checks");
        group.MapGet("/", (SpotCheckDesk desk, int? limit) => TypedResults.Ok(desk.Pending(Math.Clamp(limit ?? 100, 1, 1000))));
        group.MapPost("/next", Next);
        group.MapPost("/{id}/decision", Decide).DisableAntiforgery();
        return group;
    }

    private static Results<Ok<SpotCheckItem>, NoContent> Next(SpotCheckDesk desk, IDocumentLedger ledger, WorkStore work, string? skip)
    {
        if (desk.Next(skip) is not { } pending || ledger.Find(pending.Id) is not { } document)
        {
            return TypedResults.NoContent();
        }

        var record = work.Find(pending.Id);
        return TypedResults.Ok(new SpotCheckItem(DocumentView.From(document), document.Label ?? pending.Label, record?.Classification.Top ?? [], record?.Extracted.Text, pending.ChosenAt));
    }

    private static Results<Ok<SpotCheckResult>, ProblemHttpResult> Decide(string id, SpotCheckRequest request, ClaimsPrincipal user, SpotCheckDesk desk)
    {
        if (!DocumentId.IsValid(id))
        {
            return Problems.InvalidId(id);
        }

        try
        {
            return TypedResults.Ok(desk.Decide(id, request.Label, ReviewApi.ReviewerName(user)));
        }
        catch (ReviewException e)
        {
            return Problems.From(e);
        }
    }
}
