using Microsoft.Playwright;

namespace DocClassifier.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright, offline: never a downloaded browser, no `playwright install`.</summary>
internal static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.That(File.Exists(Path), Is.True, "scripts/setup.sh installs Debian's chromium");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }
}
