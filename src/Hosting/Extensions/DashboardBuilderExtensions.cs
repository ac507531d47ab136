using Hemit.Hosting.ApplicationModel;

namespace Hemit.Hosting;

public static class DashboardBuilderExtensions
{
    public const string OtlpGrpcEndpointName = "otlp-grpc";
    public const string OtlpHttpEndpointName = "otlp-http";

    /// <summary>The Aspire dashboard's ports: UI, OTLP/gRPC, OTLP/HTTP. Taken when free, otherwise any free port.</summary>
    public const int DefaultUiPort = 18888;
    public const int DefaultOtlpGrpcPort = 18889;
    public const int DefaultOtlpHttpPort = 18890;

    /// <summary>
    /// The dashboard project: UI on 18888 (ASPNETCORE_URLS), OTLP/gRPC on 18889, OTLP/HTTP on 18890. It receives the resource service URL
    /// (<c>DOTNET_RESOURCE_SERVICE_ENDPOINT_URL</c>), the OTLP API key and a browser token, and every other project
    /// exports its telemetry to it.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddDashboard<TProject>(this IDistributedApplicationBuilder builder, string name = "dashboard")
        where TProject : IProjectMetadata, new()
    {
        if (builder.Resources.OfType<ProjectResource>().Any(p => p.IsDashboard))
        {
            throw new DistributedApplicationException("Only one dashboard can be added.");
        }

        var dashboard = builder.AddProject<TProject>(name);
        dashboard.Resource.IsDashboard = true;

        // The dashboard binds its own listeners from ASPNETCORE_URLS and the DOTNET_DASHBOARD_* URLs, serves gRPC only
        // for OTLP, and has no /health: it is healthy when its UI port accepts connections.
        dashboard.Resource.RemoveGrpcEndpoint();
        dashboard.Resource.HealthCheckPath = null;
        dashboard.Resource.GetEndpoint(ProjectResource.HttpEndpointName).PreferredPort = DefaultUiPort;
        dashboard.Resource.AddExtraEndpoint(
            new EndpointAnnotation(OtlpGrpcEndpointName, "http", EndpointProtocol.Http2, PreferredPort: DefaultOtlpGrpcPort));
        dashboard.Resource.AddExtraEndpoint(
            new EndpointAnnotation(OtlpHttpEndpointName, "http", EndpointProtocol.Http1, PreferredPort: DefaultOtlpHttpPort));
        return dashboard;
    }
}
