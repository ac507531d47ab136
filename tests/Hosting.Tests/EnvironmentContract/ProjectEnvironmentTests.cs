using Hemit.TestSupport;
using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.EnvironmentContract;
using Hemit.Hosting.Tests.Support;
using Npgsql;

namespace Hemit.Hosting.Tests.EnvironmentContract;

public sealed class ProjectEnvironmentTests : IDisposable
{
    private readonly TemporaryDataFolder _folder = new();
    private readonly IDistributedApplicationBuilder _builder;
    private readonly IResourceBuilder<PostgresDatabaseResource> _financeDb;
    private readonly IResourceBuilder<RabbitMQServerResource> _messaging;
    private readonly IResourceBuilder<ProjectResource> _finance;
    private readonly IResourceBuilder<ProjectResource> _governance;

    public ProjectEnvironmentTests()
    {
        _builder = QuietApplications.CreateBuilder(_folder.Path);
        var postgres = _builder.AddPostgres("postgres");
        _financeDb = postgres.AddDatabase("financedb");
        _messaging = _builder.AddRabbitMQ("messaging");
        _finance = _builder.AddProject("finance", "/repo/src/Finance/Finance.csproj")
            .WithReference(_financeDb).WithReference(_messaging);
        _governance = _builder.AddProject("governance", "/repo/src/Governance/Governance.csproj")
            .WithReference(_finance).WithReference(_messaging);

        var port = 41000;
        foreach (var endpoint in _builder.Resources.OfType<IResourceWithEndpoints>().SelectMany(r => r.Endpoints))
        {
            endpoint.AllocatedPort = port++;
        }
    }

    private static EnvironmentContext Context(string? otlpEndpoint = null, string? apiKey = null) =>
        new("/data/hemit", "Hemit Platform", OtlpEndpoint: otlpEndpoint, OtlpApiKey: apiKey);

    private static Dictionary<string, EnvironmentVariable> ByName(IEnumerable<EnvironmentVariable> variables) =>
        variables.ToDictionary(v => v.Name);

    [Fact]
    public void A_referenced_database_arrives_as_an_npgsql_connection_string_under_its_name()
    {
        var variables = ByName(ProjectEnvironment.Build(_finance.Resource, Context(), "finance-1"));

        var connection = new NpgsqlConnectionStringBuilder(variables["ConnectionStrings__financedb"].Value);
        Assert.Equal("127.0.0.1", connection.Host);
        Assert.Equal(_builder.Resources.OfType<PostgresServerResource>().Single().GetEndpoint("tcp").Port, connection.Port);
        Assert.Equal("financedb", connection.Database);
        Assert.Equal("postgres", connection.Username);
        Assert.False(variables["ConnectionStrings__financedb"].IsSecret);
    }

    [Fact]
    public void The_broker_arrives_as_an_amqp_uri_and_is_secret_because_it_carries_a_password()
    {
        var variables = ByName(ProjectEnvironment.Build(_finance.Resource, Context(), "finance-1"));

        var amqpPort = _messaging.Resource.GetEndpoint("amqp").Port;
        Assert.Equal($"amqp://guest:guest@127.0.0.1:{amqpPort}/", variables["ConnectionStrings__messaging"].Value);
        Assert.True(variables["ConnectionStrings__messaging"].IsSecret);
    }

    [Fact]
    public void A_referenced_project_arrives_as_service_discovery_entries_per_endpoint()
    {
        var variables = ByName(ProjectEnvironment.Build(_governance.Resource, Context(), "governance-1"));

        Assert.Equal(_finance.Resource.GetEndpoint("grpc").Url, variables["services__finance__grpc__0"].Value);
        Assert.Equal(_finance.Resource.GetEndpoint("http").Url, variables["services__finance__http__0"].Value);
        Assert.DoesNotContain("ConnectionStrings__financedb", variables.Keys);
    }

    [Fact]
    public void Every_project_listens_on_an_http1_endpoint_and_an_http2_grpc_endpoint()
    {
        var variables = ByName(ProjectEnvironment.Build(_finance.Resource, Context(), "finance-1"));

        Assert.Equal(_finance.Resource.GetEndpoint("http").Url, variables["Kestrel__Endpoints__http__Url"].Value);
        Assert.Equal("Http1", variables["Kestrel__Endpoints__http__Protocols"].Value);
        Assert.Equal(_finance.Resource.GetEndpoint("grpc").Url, variables["Kestrel__Endpoints__grpc__Url"].Value);
        Assert.Equal("Http2", variables["Kestrel__Endpoints__grpc__Protocols"].Value);
        Assert.StartsWith("http://127.0.0.1:", variables["Kestrel__Endpoints__grpc__Url"].Value);
    }

    [Fact]
    public void Telemetry_names_the_service_and_its_instance_and_development_is_the_environment()
    {
        var variables = ByName(ProjectEnvironment.Build(_finance.Resource, Context(), "finance-1a2b"));

        Assert.Equal("finance", variables["OTEL_SERVICE_NAME"].Value);
        Assert.Equal("service.instance.id=finance-1a2b", variables["OTEL_RESOURCE_ATTRIBUTES"].Value);
        Assert.Equal("Development", variables["ASPNETCORE_ENVIRONMENT"].Value);
        Assert.Equal("Development", variables["DOTNET_ENVIRONMENT"].Value);
        Assert.Equal("/data/hemit", variables["HEMIT_DATA_DIR"].Value);
    }

    [Fact]
    public void Without_an_otlp_receiver_no_exporter_endpoint_is_set()
    {
        var variables = ByName(ProjectEnvironment.Build(_finance.Resource, Context(), "finance-1"));

        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", variables.Keys);
        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_HEADERS", variables.Keys);
    }

    [Fact]
    public void With_an_otlp_receiver_projects_export_over_grpc_with_the_api_key_as_a_secret_header()
    {
        var variables = ByName(ProjectEnvironment.Build(_finance.Resource, Context("http://127.0.0.1:18889", "k3y"), "finance-1"));

        Assert.Equal("http://127.0.0.1:18889", variables["OTEL_EXPORTER_OTLP_ENDPOINT"].Value);
        Assert.Equal("grpc", variables["OTEL_EXPORTER_OTLP_PROTOCOL"].Value);
        Assert.Equal("x-otlp-api-key=k3y", variables["OTEL_EXPORTER_OTLP_HEADERS"].Value);
        Assert.True(variables["OTEL_EXPORTER_OTLP_HEADERS"].IsSecret);
        Assert.False(variables["OTEL_EXPORTER_OTLP_ENDPOINT"].IsSecret);
    }

    [Fact]
    public void Explicit_variables_are_added_last_and_may_be_marked_secret()
    {
        _finance.WithEnvironment("Finance__ImportBatchSize", "500")
            .WithEnvironment("Sap__Account", "svc-sap", isSecret: true)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Staging");

        var variables = ByName(ProjectEnvironment.Build(_finance.Resource, Context(), "finance-1"));

        Assert.Equal("500", variables["Finance__ImportBatchSize"].Value);
        Assert.False(variables["Finance__ImportBatchSize"].IsSecret);
        Assert.True(variables["Sap__Account"].IsSecret);
        Assert.Equal("Staging", variables["ASPNETCORE_ENVIRONMENT"].Value);
    }

    [Theory]
    [InlineData("Smtp__Password", true)]
    [InlineData("GITHUB_TOKEN", true)]
    [InlineData("Dashboard__Otlp__PrimaryApiKey", true)]
    [InlineData("Signing__Key", true)]
    [InlineData("Jwt__Secret", true)]
    [InlineData("OTEL_SERVICE_NAME", false)]
    [InlineData("Kestrel__Endpoints__http__Url", false)]
    [InlineData("services__finance__grpc__0", false)]
    public void Variable_names_that_hold_secrets_are_recognised(string name, bool secret) =>
        Assert.Equal(secret, SecretNames.LooksSecret(name));

    [Fact]
    public void Snapshots_show_secret_values_masked_and_list_their_names()
    {
        _finance.WithEnvironment("Sap__Account", "svc-sap", isSecret: true);
        var variables = ProjectEnvironment.Build(_finance.Resource, Context("http://127.0.0.1:18889", "k3y"), "finance-1");

        var snapshot = EnvironmentSnapshot.From(variables);

        Assert.Equal(EnvironmentVariable.Mask, snapshot.Values["ConnectionStrings__messaging"]);
        Assert.Equal(EnvironmentVariable.Mask, snapshot.Values["OTEL_EXPORTER_OTLP_HEADERS"]);
        Assert.Equal(EnvironmentVariable.Mask, snapshot.Values["Sap__Account"]);
        Assert.Equal("finance", snapshot.Values["OTEL_SERVICE_NAME"]);
        Assert.Equal(
            new[] { "ConnectionStrings__messaging", "OTEL_EXPORTER_OTLP_HEADERS", "Sap__Account" },
            snapshot.SecretVariables.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(snapshot.Values.Values, v => v.Contains("guest:guest", StringComparison.Ordinal) || v.Contains("k3y", StringComparison.Ordinal));
    }

    [Fact]
    public void A_supplied_postgres_server_with_a_password_makes_its_databases_secret()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path, args: ["--ConnectionStrings:pg=Host=db.local;Port=5433;Username=app;Password=pw"]);
        var database = builder.AddPostgres("pg").AddDatabase("hrdb");
        var project = builder.AddProject("hrmetrics", "/repo/src/HrMetrics/HrMetrics.csproj").WithReference(database);
        foreach (var endpoint in project.Resource.Endpoints)
        {
            endpoint.AllocatedPort = 42000 + project.Resource.Endpoints.ToList().IndexOf(endpoint);
        }

        var variable = ProjectEnvironment.Build(project.Resource, Context(), "hrmetrics-1").Single(v => v.Name == "ConnectionStrings__hrdb");

        Assert.True(variable.IsSecret);
        var connection = new NpgsqlConnectionStringBuilder(variable.Value);
        Assert.Equal("db.local", connection.Host);
        Assert.Equal(5433, connection.Port);
        Assert.Equal("hrdb", connection.Database);
        Assert.Equal("pw", connection.Password);
    }

    [Fact]
    public void A_dashboard_gets_the_resource_service_its_otlp_ports_and_secret_keys_and_exports_to_no_one()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var dashboard = builder.AddDashboard<DashboardProject>();
        var port = 43000;
        foreach (var endpoint in dashboard.Resource.Endpoints)
        {
            endpoint.AllocatedPort = port++;
        }

        var context = new EnvironmentContext(
            "/data", "Hemit Platform", OtlpEndpoint: dashboard.Resource.GetEndpoint("otlp-grpc").Url, OtlpApiKey: "k3y",
            ResourceServiceUrl: "http://127.0.0.1:45000", BrowserToken: "t0ken");
        var variables = ByName(ProjectEnvironment.Build(dashboard.Resource, context, "dashboard-1"));

        Assert.Equal("http://127.0.0.1:45000", variables["DOTNET_RESOURCE_SERVICE_ENDPOINT_URL"].Value);
        Assert.Equal(dashboard.Resource.GetEndpoint("otlp-grpc").Url, variables["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"].Value);
        Assert.Equal(dashboard.Resource.GetEndpoint("otlp-http").Url, variables["DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"].Value);
        Assert.Equal(dashboard.Resource.GetEndpoint("http").Url, variables["ASPNETCORE_URLS"].Value);
        Assert.DoesNotContain(variables.Keys, k => k.StartsWith("Kestrel__", StringComparison.Ordinal));
        Assert.Equal(["http", "otlp-grpc", "otlp-http"], dashboard.Resource.Endpoints.Select(e => e.Name));
        Assert.Null(dashboard.Resource.HealthCheckPath);
        Assert.True(variables["Dashboard__Otlp__PrimaryApiKey"].IsSecret);
        Assert.True(variables["Dashboard__Frontend__BrowserToken"].IsSecret);
        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", variables.Keys);
        Assert.Equal(18888, dashboard.Resource.GetEndpoint("http").PreferredPort);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class DashboardProject : IProjectMetadata
    {
        public string ProjectPath => "/repo/src/Dashboard/Dashboard.csproj";
    }
}
