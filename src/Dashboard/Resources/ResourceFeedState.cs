namespace Hemit.Dashboard.Resources;

/// <summary>How the dashboard's link to the AppHost's resource service stands.</summary>
public enum ResourceFeedState
{
    /// <summary>DOTNET_RESOURCE_SERVICE_ENDPOINT_URL is not set: no resources, telemetry pages still work.</summary>
    NotConfigured,
    Connecting,
    Connected,
    /// <summary>The link broke; the feed retries every few seconds.</summary>
    Disconnected,
}
