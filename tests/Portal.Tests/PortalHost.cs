using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.Ops.V1;
using Hemit.Portal.Report;
using Hemit.ServiceTestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Portal.Tests;

/// <summary>
/// The real portal (its own Program) on a real loopback port, so Chromium can open it, signing people in at the
/// identity service and reading governance and (on the operations page) every service's ops API in-process over gRPC with their tokens.
/// Its data-protection keys are in its own database (portaldb): two hosts on one database are two replicas.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<StatusReports>
{
    private readonly IReadOnlyDictionary<string, Func<HttpMessageHandler>> _services;
    private readonly Uri _identity;
    private readonly Uri _address;
    private readonly string _database;
    private readonly string _environment;

    /// <param name="services">Each service's in-process handler by its name (governance, finance, …).</param>
    /// <param name="address">http://127.0.0.1:port/, chosen before start: the identity service names the portal's redirect there.</param>
    /// <param name="identity">The identity service's issuer, where people sign in.</param>
    /// <param name="database">The portal's database (portaldb), where its data-protection keys are kept.</param>
    /// <param name="environment">Development, as the AppHost runs it; Production, to check what must not depend on Development.</param>
    public PortalHost(IReadOnlyDictionary<string, Func<HttpMessageHandler>> services, Uri address, Uri identity, string database, string environment = "Development")
    {
        _environment = environment;
        _services = services;
        _database = database;
        _identity = identity;
        _address = address;
        UseKestrel();
    }

    /// <summary>Where the portal listens (starting it on first use).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return _address;
        }
    }

    private static Action<IServiceCollection> UseInProcess<TClient>(Func<HttpMessageHandler> target) where TClient : class =>
        ServiceUnderTest<StatusReports, Microsoft.EntityFrameworkCore.DbContext>.UseInProcess<TClient>(target);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Kestrel:Endpoints:http:Url", _address.GetLeftPart(UriPartial.Authority));
        builder.UseSetting("ConnectionStrings:portaldb", _database);
        // As the AppHost configures it (WithTokensFrom, WithClientIdentity).
        builder.UseSetting("Auth:Authority", _identity.ToString());
        builder.UseSetting("Auth:Audience", "governance");
        builder.UseSetting("Auth:AllowHttpAuthority", "true");
        builder.UseSetting("Auth:ClientId", "portal");
        builder.UseSetting("Auth:ClientSecret", IdentityServer.PortalSecret);
        builder.ConfigureTestServices(services =>
        {
            var governance = _services["governance"];
            UseInProcess<StatusReportService.StatusReportServiceClient>(governance)(services);
            UseInProcess<BoardService.BoardServiceClient>(governance)(services);
            UseInProcess<OwnerAssignmentService.OwnerAssignmentServiceClient>(governance)(services);
            UseInProcess<RiskAndAuditService.RiskAndAuditServiceClient>(governance)(services);
            // The operations page's clients, one per service by name, as Program registers them.
            foreach (var (name, handler) in _services)
            {
                services.AddGrpcClient<OpsService.OpsServiceClient>(name, options => options.Address = new Uri("http://localhost"))
                    .ConfigurePrimaryHttpMessageHandler(handler);
            }
        });
    }
}
