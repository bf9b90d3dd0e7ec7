using DocClassifier.Host.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;

namespace DocClassifier.Host.Pages;

/// <summary>
/// Cookie sign-in with a name and password; only local return URLs are followed. Posts are rate-limited per
/// client address and per name, a name is locked out after repeated failures, and every failure is logged
/// with the name, the address and the reason (never the password). The person signing in sees one message
/// for every kind of failure.
/// </summary>
[EnableRateLimiting(SignInThrottle.AddressPolicy)]
public sealed partial class LoginModel(AccountService accounts, SignInThrottle throttle, SignInOptions options, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name ?? string.Empty;
        var address = SignInThrottle.ClientAddress(HttpContext);
        if (!throttle.TryTake(name))
        {
            LogFailure(logger, ForLog(name), address, "too many attempts for this name");
            Error = "Too many sign-in attempts. Wait a minute and try again.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var attempt = Password is null ? SignInAttempt.Refused("no password") : accounts.SignIn(name, Password);
        if (attempt.User is not { } user)
        {
            LogFailure(logger, ForLog(name), address, attempt.Failure ?? "refused");
            Error = $"Wrong name or password. After {options.MaxFailures} failures in a row a name is locked for {options.LockoutMinutes} minutes.";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionCookieEvents.PrincipalFor(user)).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    // What a client typed as a name, made safe for one log line: no control characters, and not endless.
    private static string ForLog(string name)
    {
        var shown = new string([.. name.Take(64).Select(c => char.IsControl(c) ? '?' : c)]);
        return name.Length > 64 ? shown + "..." : shown;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in as '{Name}' from {Address}: {Reason}")]
    private static partial void LogFailure(ILogger logger, string name, string address, string reason);
}
