using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace DocClassifier.Host.Web.Accounts;

/// <summary>
/// A call under /api that changes state (any method but GET, HEAD, OPTIONS, TRACE) and is signed in with the
/// login cookie must carry an anti-forgery token (header <c>RequestVerificationToken</c>, or the form field),
/// because a browser sends the cookie on its own, also from another page of the same site. A call with an
/// API key needs none: no browser sends that header by itself.
/// </summary>
public sealed class CookieApiAntiforgery(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (NeedsToken(context) && !await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            await TypedResults.Problem(
                "A call signed in with the login cookie must send the page's anti-forgery token (header RequestVerificationToken); bots use an API key (X-Api-Key).",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing anti-forgery token").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool NeedsToken(HttpContext context)
    {
        var method = context.Request.Method;
        return context.Request.Path.StartsWithSegments("/api")
            && !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
            && context.User.Identities.Any(i => i.IsAuthenticated)
            && !context.User.Identities.Any(i => i.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName);
    }
}
