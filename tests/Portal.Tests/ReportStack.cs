using Hemit.BuildingBlocks.Bus;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.Projects.Data;
using Hemit.Projects.Grpc;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Portal.Tests;

/// <summary>
/// Finance, HR metrics, service desk, projects and governance in-process on real PostgreSQL and RabbitMQ, governance's
/// gRPC clients wired to the other four, the real identity service and the portal on loopback ports, and Chromium
/// with one signed-in context per person: started once for the collection, with the seed's October 2021 figures
/// pushed through the services' own gRPC imports.
/// </summary>
public sealed class ReportStack : IAsyncLifetime
{
    public ServiceHost<FinanceGrpcService, FinanceDbContext, FinanceService.FinanceServiceClient> Finance { get; private set; } = null!;

    public ServiceHost<HrMetricsGrpcService, HrMetricsDbContext, HrMetricsService.HrMetricsServiceClient> HrMetrics { get; private set; } = null!;

    public ServiceHost<ServiceDeskGrpcService, ServiceDeskDbContext, ServiceDeskService.ServiceDeskServiceClient> ServiceDesk { get; private set; } = null!;

    public ServiceHost<ProjectsGrpcService, ProjectsDbContext, ProjectsService.ProjectsServiceClient> Projects { get; private set; } = null!;

    public ServiceHost<GovernanceGrpcService, GovernanceDbContext, StatusReportService.StatusReportServiceClient> Governance { get; private set; } = null!;

    /// <summary>Governance's database (its connection string), to make it unreachable for a while.</summary>
    public string GovernanceDatabase { get; private set; } = null!;

    public IdentityServer Identity { get; private set; } = null!;

    public PortalHost Portal { get; private set; } = null!;

    /// <summary>The portal's database (its connection string), where its data-protection keys are kept.</summary>
    public string PortalDatabase { get; private set; } = null!;

    public PortalBrowsers Browsers { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = PlatformServers.Shared;
        var messaging = await servers.GetMessagingConnectionStringAsync();
        async Task<Dictionary<string, string>> Connections(string database, string prefix) =>
            new() { [database] = await servers.CreateDatabaseAsync(prefix), ["messaging"] = messaging };

        var portalAddress = new Uri($"http://127.0.0.1:{IdentityServer.FreePort()}/");
        Identity = new IdentityServer(await servers.CreateDatabaseAsync("identity"), portalAddress);
        var identityKeys = await Identity.SigningKeysAsync();
        // The CLI (hemit governance report) fetches from the portal with a token, as a script given HEMIT_TOKEN does.
        Environment.SetEnvironmentVariable("HEMIT_TOKEN", await Identity.CliTokenAsync());

        // Besides the test tokens, each service takes the people's tokens the portal sends: the identity service's,
        // for the service's own audience (ops.read and ops.write name all five).
        Action<IServiceCollection> TrustPeople(string audience) => services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.TokenValidationParameters.ValidIssuers = [Identity.Issuer.AbsoluteUri];
                jwt.TokenValidationParameters.IssuerSigningKeys = identityKeys;
                jwt.TokenValidationParameters.ValidAudiences = [TestTokens.Audience, audience];
            });

        Finance = new(await Connections("financedb", "finance"), channel => new(channel), TrustPeople("finance"));
        HrMetrics = new(await Connections("hrdb", "hrmetrics"), channel => new(channel), TrustPeople("hrmetrics"));
        ServiceDesk = new(await Connections("servicedeskdb", "servicedesk"), channel => new(channel), TrustPeople("servicedesk"));
        Projects = new(await Connections("projectsdb", "projects"), channel => new(channel), TrustPeople("projects"));
        var governanceConnections = await Connections("governancedb", "governance");
        GovernanceDatabase = governanceConnections["governancedb"];
        Governance = new(governanceConnections, channel => new(channel), services =>
        {
            ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<FinanceService.FinanceServiceClient>(Finance.CreateHandler)(services);
            ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<HrMetricsService.HrMetricsServiceClient>(HrMetrics.CreateHandler)(services);
            ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<ServiceDeskService.ServiceDeskServiceClient>(ServiceDesk.CreateHandler)(services);
            ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<ProjectsService.ProjectsServiceClient>(Projects.CreateHandler)(services);
            TrustPeople("governance")(services);
            // A message that cannot be handled reaches its error queue in seconds, not 20 minutes (OperationsPageTests):
            // short retries, then one short redelivery.
            services.Configure<MessagingOptions>(options =>
            {
                options.RetryIntervals = [TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(0.2)];
                options.RedeliveryDelays = [TimeSpan.FromSeconds(1)];
            });
        });
        PortalDatabase = await servers.CreateDatabaseAsync("portal");
        Portal = AnotherPortal(portalAddress, PortalDatabase);
        Browsers = new PortalBrowsers(() => Portal.Address, Identity.Issuer);

        // Governance listens before any source announces a closed month, so no MonthClosed is published to nobody.
        _ = Governance.Client;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await Governance.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);

        await SeedOctober2021.PushAsync(this);
    }

    public async Task DisposeAsync()
    {
        await Browsers.DisposeAsync();
        Portal.Dispose();
        Governance.Dispose();
        Projects.Dispose();
        ServiceDesk.Dispose();
        HrMetrics.Dispose();
        Finance.Dispose();
        Identity.Dispose();
    }

    /// <summary>
    /// A portal on <paramref name="address"/> reading the same services, with its keys in <paramref name="database"/>:
    /// on <see cref="PortalDatabase"/>, another replica of <see cref="Portal"/>. The caller disposes it.
    /// </summary>
    public PortalHost AnotherPortal(Uri address, string database, string environment = "Development") => new(new Dictionary<string, Func<HttpMessageHandler>>
    {
        ["governance"] = Governance.CreateHandler,
        ["finance"] = Finance.CreateHandler,
        ["hrmetrics"] = HrMetrics.CreateHandler,
        ["servicedesk"] = ServiceDesk.CreateHandler,
        ["projects"] = Projects.CreateHandler,
    }, address, Identity.Issuer, database, environment);

    /// <summary>An HTTP client to the portal carrying the CLI client's token (governance.read), as a script fetches pages.</summary>
    public async Task<HttpClient> PortalHttpAsync() =>
        new(new Hemit.Contracts.Security.AccessTokenHandler(new Hemit.Contracts.Security.StaticTokenSource(await Identity.CliTokenAsync()), new SocketsHttpHandler()))
        {
            BaseAddress = Portal.Address,
        };

    /// <summary>Closes the month in the given sources, as their integrations do at month's end.</summary>
    public async Task CloseAsync(Period period, params string[] sources)
    {
        var request = new ClosePeriodRequest { Period = period };
        foreach (var source in sources)
        {
            _ = source switch
            {
                "finance" => await Finance.Client.ClosePeriodAsync(request),
                "hrmetrics" => await HrMetrics.Client.ClosePeriodAsync(request),
                "servicedesk" => await ServiceDesk.Client.ClosePeriodAsync(request),
                "projects" => await Projects.Client.ClosePeriodAsync(request),
                _ => throw new ArgumentOutOfRangeException(nameof(sources), source, "no such source"),
            };
        }
    }

    /// <summary>Streams rows as one client-streaming import, as the CLI does.</summary>
    public static Task<ImportSummary> PushAsync<TRow>(Grpc.Core.AsyncClientStreamingCall<TRow, ImportSummary> call, IEnumerable<TRow> rows) =>
        ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.PushAsync(call, rows);

    public async Task<GetStatusReportResponse> ReportAsync(Period period) =>
        await Governance.Client.GetStatusReportAsync(new GetStatusReportRequest { Period = period });

    /// <summary>Waits until governance has heard the closings (or reopenings) over RabbitMQ and the report is in <paramref name="state"/>.</summary>
    public Task<GetStatusReportResponse> ReportInStateAsync(Period period, StatusReportState state) =>
        Eventually.ReachAsync(() => ReportAsync(period), r => r.Current.State == state,
            $"the {period.ToText()} report becoming {state}", TimeSpan.FromSeconds(90));
}
