using System.ComponentModel.DataAnnotations;
using DocClassifier.Host.Web.Accounts;

namespace DocClassifier.Host.Web;

/// <summary>Settings of the web UI and REST API (configuration section "Web"; environment WEB__URL ...).</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Where Kestrel listens. Loopback by default; see the README for HTTPS in production.</summary>
    public string Url { get; set; } = DefaultUrl;

    /// <summary>The largest upload POST /api/documents accepts.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Web:MaxUploadBytes must be at least {1}.")]
    public long MaxUploadBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Marks the login cookie Secure (HTTPS only); turn on behind HTTPS.</summary>
    public bool SecureCookies { get; set; }

    /// <summary>Where the data-protection keys that sign login cookies are kept; default &lt;base-dir&gt;/keys. Keep it off the clerks' share.</summary>
    public string? KeysFolder { get; set; }

    /// <summary>A PFX certificate whose key encrypts the data-protection keys at rest (Windows and Linux); every node needs it.</summary>
    public string? KeysCertificatePath { get; set; }

    public string? KeysCertificatePassword { get; set; }

    /// <summary>On Windows, encrypt the data-protection keys with DPAPI (this machine's service account only; not for several nodes).</summary>
    public bool ProtectKeysWithDpapi { get; set; }

    /// <summary>Rate limits and lockout of sign-ins ("Web:SignIn").</summary>
    public SignInOptions SignIn { get; set; } = new();
}
