namespace Hemit.Platform.IntegrationTests;

/// <summary>The platform's services by resource name, with the gRPC service each must expose.</summary>
public static class Services
{
    public static readonly IReadOnlyDictionary<string, string> GrpcServiceByResource = new Dictionary<string, string>
    {
        ["finance"] = "hemit.finance.v1.FinanceService",
        ["hrmetrics"] = "hemit.hrmetrics.v1.HrMetricsService",
        ["servicedesk"] = "hemit.servicedesk.v1.ServiceDeskService",
        ["projects"] = "hemit.projects.v1.ProjectsService",
        ["governance"] = "hemit.governance.v1.GovernanceService",
    };
}
