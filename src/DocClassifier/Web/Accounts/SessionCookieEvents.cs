using System.Security.Claims;
using DocClassifier.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace DocClassifier.Host.Web.Accounts;

/// <summary>
/// The login cookie's events. Every request checks the cookie's security stamp and role against the user's
/// current ones, so a session ends at once when the user is removed, demoted or given a new password, on
/// every node that shares the ledger. Pages send a browser to the login page; the API answers 401, and 403 for the wrong role.
/// </summary>
public sealed class SessionCookieEvents(AccountService accounts) : CookieAuthenticationEvents
{
    public const string StampClaim = "docclassifier:stamp";

    /// <summary>The identity a login cookie carries: name, role and the security stamp it was signed in with.</summary>
    public static ClaimsPrincipal PrincipalFor(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role), new Claim(StampClaim, user.SecurityStamp)],
            CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        if (!accounts.IsSessionCurrent(principal?.Identity?.Name, principal?.FindFirstValue(StampClaim), principal?.FindFirstValue(ClaimTypes.Role)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) => Refuse(context, StatusCodes.Status401Unauthorized);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) => Refuse(context, StatusCodes.Status403Forbidden);

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (status == StatusCodes.Status401Unauthorized && !context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
