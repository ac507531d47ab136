namespace Hemit.Hosting.EnvironmentContract;

/// <summary>What the whole application tells each project, beside its own references.</summary>
/// <param name="OtlpEndpoint">Where projects export telemetry (the dashboard's OTLP/gRPC endpoint), when there is one.</param>
/// <param name="OtlpApiKey">Sent as the <c>x-otlp-api-key</c> header when set.</param>
/// <param name="ResourceServiceUrl">The host's hemit.dashboard.v1.DashboardService, handed to the dashboard.</param>
/// <param name="BrowserToken">The dashboard's login token.</param>
public sealed record EnvironmentContext(
    string DataDirectory,
    string ApplicationName,
    string EnvironmentName = "Development",
    string? OtlpEndpoint = null,
    string? OtlpApiKey = null,
    string? ResourceServiceUrl = null,
    string? BrowserToken = null);
