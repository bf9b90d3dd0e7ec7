using System.Security.Claims;
using DocClassifier.Processing;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using DocClassifier.Storage;

namespace DocClassifier.Host.Web.Api;

/// <summary>/api/admin: API keys for bots, and retrying failed documents. Admins only.</summary>
public static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin").RequireAuthorization(Policies.Admin).WithTags("Admin");
        group.MapGet("/api-keys", (AccountService accounts) => TypedResults.Ok(accounts.ApiKeys().Select(k => new { k.Name, k.Role, k.CreatedBy, k.CreatedAt })));
        group.MapPost("/api-keys", CreateKey).DisableAntiforgery();
        group.MapDelete("/api-keys/{name}", (string name, AccountService accounts) =>
            accounts.RemoveApiKey(name) ? Results.NoContent() : Results.Problem($"No API key '{name}'.", statusCode: StatusCodes.Status404NotFound));
        group.MapPost("/documents/{id}/retry", Retry).DisableAntiforgery();
        return group;
    }

    private static Results<Created<CreatedApiKey>, ProblemHttpResult> CreateKey(ApiKeyRequest request, ClaimsPrincipal user, AccountService accounts)
    {
        try
        {
            // Only a taken name is a conflict; any other database error is the server's and answers 500.
            return accounts.CreateApiKey(request.Name, request.Role, ReviewApi.ReviewerName(user)) is { } key
                ? TypedResults.Created($"/api/admin/api-keys/{request.Name}", new CreatedApiKey(request.Name, request.Role, key))
                : TypedResults.Problem($"An API key named '{request.Name}' exists already.", statusCode: StatusCodes.Status409Conflict, title: "Name taken");
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid API key request");
        }
    }

    private static Results<NoContent, ProblemHttpResult> Retry(string id, ClaimsPrincipal user, ReviewDesk desk, IDocumentQueue queue)
    {
        if (!DocumentId.IsValid(id))
        {
            return Problems.InvalidId(id);
        }

        try
        {
            desk.Retry(id, ReviewApi.ReviewerName(user));
            queue.Enqueue(id);
            return TypedResults.NoContent();
        }
        catch (ReviewException e)
        {
            return Problems.From(e);
        }
    }
}
