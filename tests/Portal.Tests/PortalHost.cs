using Hemit.Contracts.Governance.V1;
using Hemit.Portal.Report;
using Hemit.ServiceTestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Portal.Tests;

/// <summary>
/// The real portal (its own Program) on a real loopback port, so Chromium can open it, reading governance's
/// StatusReportService in-process over gRPC.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<StatusReports>
{
    private readonly Func<HttpMessageHandler> _governance;

    public PortalHost(Func<HttpMessageHandler> governance)
    {
        _governance = governance;
        UseKestrel();
    }

    /// <summary>http://127.0.0.1:port/ where the portal listens (starting it on first use).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Any free loopback port instead of the configured one.
        builder.UseSetting("Kestrel:Endpoints:http:Url", "http://127.0.0.1:0");
        builder.ConfigureTestServices(ServiceUnderTest<StatusReports, Microsoft.EntityFrameworkCore.DbContext>
            .UseInProcess<StatusReportService.StatusReportServiceClient>(_governance));
    }
}
