using Hemit.Dashboard.Telemetry;

namespace Hemit.Dashboard.Configuration;

/// <summary>The <c>Dashboard</c> configuration section, named as Aspire's dashboard names it (Dashboard__Frontend__BrowserToken ...).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Shown in the header until the resource service names the application (Dashboard__ApplicationName).</summary>
    public string? ApplicationName { get; set; }

    public FrontendOptions Frontend { get; set; } = new();

    public OtlpOptions Otlp { get; set; } = new();

    public TelemetryStoreOptions Storage { get; set; } = new();

    public ResourceServiceClientOptions ResourceServiceClient { get; set; } = new();
}

public enum FrontendAuthMode
{
    /// <summary>A browser must log in once with the token (/login?t=TOKEN); a cookie keeps it logged in.</summary>
    BrowserToken,

    /// <summary>No login: for a machine nobody else reaches.</summary>
    Unsecured,
}

public sealed class FrontendOptions
{
    public FrontendAuthMode AuthMode { get; set; } = FrontendAuthMode.BrowserToken;

    /// <summary>When empty, a random token is generated at start and printed with the login URL.</summary>
    public string? BrowserToken { get; set; }
}

public enum OtlpAuthMode
{
    /// <summary>Any sender is accepted.</summary>
    Unsecured,

    /// <summary>Every OTLP request must carry the key in header <c>x-otlp-api-key</c>.</summary>
    ApiKey,
}

public sealed class OtlpOptions
{
    /// <summary>When not set: ApiKey if <see cref="PrimaryApiKey"/> is set, else Unsecured.</summary>
    public OtlpAuthMode? AuthMode { get; set; }

    public bool RequiresApiKey => AuthMode == OtlpAuthMode.ApiKey || (AuthMode is null && !string.IsNullOrEmpty(PrimaryApiKey));

    /// <summary>When set, every OTLP request must carry it (or <see cref="SecondaryApiKey"/>) in header <c>x-otlp-api-key</c>.</summary>
    public string? PrimaryApiKey { get; set; }

    /// <summary>A second accepted key, so keys can be rotated without downtime.</summary>
    public string? SecondaryApiKey { get; set; }
}

public enum ResourceServiceAuthMode
{
    Unsecured,

    /// <summary>Send <see cref="ResourceServiceClientOptions.ApiKey"/> in header <c>x-resource-service-api-key</c>.</summary>
    ApiKey,
}

public sealed class ResourceServiceClientOptions
{
    /// <summary>When not set: ApiKey if <see cref="ApiKey"/> is set, else Unsecured.</summary>
    public ResourceServiceAuthMode? AuthMode { get; set; }

    public bool SendsApiKey => AuthMode == ResourceServiceAuthMode.ApiKey || (AuthMode is null && !string.IsNullOrEmpty(ApiKey));

    /// <summary>Sent in header <c>x-resource-service-api-key</c> when the AppHost's resource service asks for one.</summary>
    public string? ApiKey { get; set; }
}
