using Microsoft.Playwright;

namespace Hemit.TestSupport.Browser;

/// <summary>Debian's Chromium, headless, driven by Playwright; no browser is downloaded.</summary>
public static class BrowserSession
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    /// <summary>Where screenshots go: an artifacts folder beside the test assembly.</summary>
    public static string ArtifactPath(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
