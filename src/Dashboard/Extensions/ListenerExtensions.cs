using System.Net;
using Hemit.Dashboard.Configuration;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Hemit.Dashboard.Extensions;

internal static class ListenerExtensions
{
    /// <summary>
    /// One Kestrel with three listeners: the UI (HTTP/1.1, or 1.1 and 2 over TLS), OTLP/gRPC (HTTP/2 without TLS, as OTLP exporters
    /// speak it) and OTLP/HTTP (HTTP/1.1). Each marks its connections so requests cannot cross listeners.
    /// </summary>
    public static DashboardEndpoints AddDashboardListeners(this WebApplicationBuilder builder)
    {
        var endpoints = DashboardEndpoints.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(endpoints);

        // These listeners replace ASPNETCORE_URLS, which they were read from; Kestrel's warning that it
        // "overrides" those addresses would only mislead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Error);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var url in endpoints.Frontend)
            {
                Listen(kestrel, endpoints, url, DashboardConnectionType.Frontend, HttpProtocols.Http1);
            }

            Listen(kestrel, endpoints, endpoints.OtlpGrpc, DashboardConnectionType.OtlpGrpc, HttpProtocols.Http2);
            Listen(kestrel, endpoints, endpoints.OtlpHttp, DashboardConnectionType.OtlpHttp, HttpProtocols.Http1);
        });
        return endpoints;
    }

    private static void Listen(KestrelServerOptions kestrel, DashboardEndpoints endpoints, Uri url, DashboardConnectionType type, HttpProtocols protocols)
    {
        void Configure(ListenOptions listen)
        {
            // Without TLS there is no protocol negotiation: HTTP/2 only where asked for (gRPC), else HTTP/1.1.
            listen.Protocols = url.Scheme == Uri.UriSchemeHttps && protocols == HttpProtocols.Http1 ? HttpProtocols.Http1AndHttp2 : protocols;
            listen.Use(next => connection =>
            {
                connection.Features.Set(new DashboardConnectionTypeFeature(type));
                return next(connection);
            });
            if (url.Scheme == Uri.UriSchemeHttps)
            {
                listen.UseHttps();
            }

            endpoints.Track(type, listen);
        }

        if (url.IsLoopback && url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(url.Port, Configure);
        }
        else if (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address))
        {
            kestrel.Listen(address, url.Port, Configure);
        }
        else
        {
            kestrel.ListenAnyIP(url.Port, Configure);
        }
    }
}
