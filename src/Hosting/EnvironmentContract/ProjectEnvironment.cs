using Hemit.Hosting.ApplicationModel;

namespace Hemit.Hosting.EnvironmentContract;

/// <summary>
/// The environment a project receives: Aspire's contract, so a service started by hand with the same variables, or
/// deployed anywhere else, behaves the same.
/// </summary>
public static class ProjectEnvironment
{
    public const string OtlpApiKeyHeader = "x-otlp-api-key";

    /// <param name="instanceId">Identifies this run of the project in telemetry (<c>service.instance.id</c>).</param>
    public static IReadOnlyList<EnvironmentVariable> Build(ProjectResource project, EnvironmentContext context, string instanceId)
    {
        var variables = new Dictionary<string, EnvironmentVariable>(StringComparer.Ordinal);

        void Add(string name, string value, bool isSecret = false) =>
            variables[name] = new EnvironmentVariable(name, value, isSecret || SecretNames.LooksSecret(name));

        Add("ASPNETCORE_ENVIRONMENT", context.EnvironmentName);
        Add("DOTNET_ENVIRONMENT", context.EnvironmentName);

        if (project.IsDashboard)
        {
            // The dashboard binds its listeners itself, from Aspire's variables (see AddDashboardSettings).
            Add("ASPNETCORE_URLS", project.GetEndpoint(ProjectResource.HttpEndpointName).Url);
        }
        else
        {
            foreach (var endpoint in project.Endpoints)
            {
                Add($"Kestrel__Endpoints__{endpoint.Name}__Url", endpoint.Url);
                Add($"Kestrel__Endpoints__{endpoint.Name}__Protocols", endpoint.Protocol == EndpointProtocol.Http2 ? "Http2" : "Http1");
            }
        }

        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString withConnectionString:
                    Add($"ConnectionStrings__{reference.Name}", withConnectionString.GetConnectionString(), withConnectionString.ConnectionStringHasSecret);
                    break;
                case IResourceWithEndpoints withEndpoints:
                    foreach (var endpoint in withEndpoints.Endpoints.Where(e => !e.IsInternal))
                    {
                        Add($"services__{reference.Name}__{endpoint.Name}__0", endpoint.Url);
                    }

                    break;
            }
        }

        Add("OTEL_SERVICE_NAME", project.Name);
        Add("OTEL_RESOURCE_ATTRIBUTES", $"service.instance.id={instanceId}");
        if (!project.IsDashboard && context.OtlpEndpoint is not null)
        {
            Add("OTEL_EXPORTER_OTLP_ENDPOINT", context.OtlpEndpoint);
            Add("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc");
            if (context.OtlpApiKey is not null)
            {
                Add("OTEL_EXPORTER_OTLP_HEADERS", $"{OtlpApiKeyHeader}={context.OtlpApiKey}", isSecret: true);
            }

            // Development: telemetry shows up on the dashboard within a second, and every trace is kept.
            Add("OTEL_BLRP_SCHEDULE_DELAY", "1000");
            Add("OTEL_BSP_SCHEDULE_DELAY", "1000");
            Add("OTEL_METRIC_EXPORT_INTERVAL", "1000");
            Add("OTEL_TRACES_SAMPLER", "always_on");
        }

        if (project.IsDashboard)
        {
            AddDashboardSettings(project, context, Add);
        }

        Add("HEMIT_DATA_DIR", context.DataDirectory);

        foreach (var annotation in project.Environment)
        {
            Add(annotation.Name, annotation.Value(), annotation.IsSecret);
        }

        return [.. variables.Values];
    }

    /// <summary>The Aspire dashboard's own configuration names, so the dashboard reads what Aspire's would.</summary>
    private static void AddDashboardSettings(ProjectResource dashboard, EnvironmentContext context, Action<string, string, bool> add)
    {
        add("Dashboard__ApplicationName", context.ApplicationName, false);
        add("DOTNET_DASHBOARD_OTLP_ENDPOINT_URL", dashboard.GetEndpoint(DashboardBuilderExtensions.OtlpGrpcEndpointName).Url, false);
        add("DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL", dashboard.GetEndpoint(DashboardBuilderExtensions.OtlpHttpEndpointName).Url, false);
        if (context.ResourceServiceUrl is not null)
        {
            add("DOTNET_RESOURCE_SERVICE_ENDPOINT_URL", context.ResourceServiceUrl, false);
            add("Dashboard__ResourceServiceClient__AuthMode", "Unsecured", false);
        }

        if (context.OtlpApiKey is not null)
        {
            add("Dashboard__Otlp__AuthMode", "ApiKey", false);
            add("Dashboard__Otlp__PrimaryApiKey", context.OtlpApiKey, true);
        }
        else
        {
            add("Dashboard__Otlp__AuthMode", "Unsecured", false);
        }

        if (context.BrowserToken is not null)
        {
            add("Dashboard__Frontend__AuthMode", "BrowserToken", false);
            add("Dashboard__Frontend__BrowserToken", context.BrowserToken, true);
        }
        else
        {
            add("Dashboard__Frontend__AuthMode", "Unsecured", false);
        }
    }
}
