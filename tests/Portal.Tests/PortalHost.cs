using Hemit.Contracts.Governance.V1;
using Hemit.Portal.Report;
using Hemit.ServiceTestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Hemit.Portal.Tests;

/// <summary>
/// The real portal (its own Program) on a real loopback port, so Chromium can open it, signing people in at the
/// identity service and reading governance's StatusReportService in-process over gRPC with their tokens.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<StatusReports>
{
    private readonly Func<HttpMessageHandler> _governance;
    private readonly Uri _identity;
    private readonly Uri _address;

    /// <param name="address">http://127.0.0.1:port/, chosen before start: the identity service names the portal's redirect there.</param>
    /// <param name="identity">The identity service's issuer, where people sign in.</param>
    public PortalHost(Func<HttpMessageHandler> governance, Uri address, Uri identity)
    {
        _governance = governance;
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Kestrel:Endpoints:http:Url", _address.GetLeftPart(UriPartial.Authority));
        // As the AppHost configures it (WithTokensFrom, WithClientIdentity).
        builder.UseSetting("Auth:Authority", _identity.ToString());
        builder.UseSetting("Auth:Audience", "governance");
        builder.UseSetting("Auth:AllowHttpAuthority", "true");
        builder.UseSetting("Auth:ClientId", "portal");
        builder.UseSetting("Auth:ClientSecret", IdentityServer.PortalSecret);
        builder.ConfigureTestServices(ServiceUnderTest<StatusReports, Microsoft.EntityFrameworkCore.DbContext>
            .UseInProcess<StatusReportService.StatusReportServiceClient>(_governance));
    }
}
