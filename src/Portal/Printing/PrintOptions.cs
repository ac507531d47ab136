namespace Hemit.Portal.Printing;

/// <summary>Configuration section Portal.</summary>
public sealed class PrintOptions
{
    /// <summary>Debian's Chromium; Playwright drives it and never downloads a browser.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>
    /// Prints Chromium works on at once; more wait their turn. A print takes about a second of a core, so more at once
    /// finish no sooner in all (bench/, "board paper": 8 at once came to 0.9-1.3 x one after another on 2 cores), each
    /// finishes later, and every open page adds to Chromium's memory. One a core.
    /// </summary>
    public int ConcurrentPrints { get; set; } = Environment.ProcessorCount;
}
