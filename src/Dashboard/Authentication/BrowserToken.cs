using System.Security.Cryptography;

namespace Hemit.Dashboard.Authentication;

/// <summary>The token a browser logs in with: configured (Dashboard__Frontend__BrowserToken) or generated at start.</summary>
public sealed class BrowserToken(string value, bool generated)
{
    public string Value { get; } = value;

    /// <summary>True when nobody configured one, so it must be printed for the developer to log in.</summary>
    public bool Generated { get; } = generated;

    public static BrowserToken FromConfiguration(string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? new BrowserToken(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), generated: true)
            : new BrowserToken(configured.Trim(), generated: false);

    public bool Matches(string? sent) =>
        !string.IsNullOrEmpty(sent) && Otlp.ListenerGuardMiddleware.FixedTimeEquals(sent.Trim(), Value);
}
