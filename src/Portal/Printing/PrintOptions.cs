namespace Hemit.Portal.Printing;

/// <summary>Configuration section Portal.</summary>
public sealed class PrintOptions
{
    /// <summary>Debian's Chromium; Playwright drives it and never downloads a browser.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
}
