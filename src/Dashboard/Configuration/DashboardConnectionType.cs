namespace Hemit.Dashboard.Configuration;

/// <summary>Which of the dashboard's three listeners a connection came in on.</summary>
public enum DashboardConnectionType
{
    Frontend,
    OtlpGrpc,
    OtlpHttp,
}

/// <summary>Set on every connection by the listener that accepted it, so a request can be checked against its listener.</summary>
internal sealed record DashboardConnectionTypeFeature(DashboardConnectionType Type);
