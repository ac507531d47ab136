using System.Net;
using Hemit.Hosting.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Hosting.ResourceService;

/// <summary>A small Kestrel server on a loopback port (HTTP/2 without TLS) serving the resource feed to the dashboard.</summary>
internal sealed class ResourceServiceHost : IAsyncDisposable
{
    private readonly WebApplication _application;

    private ResourceServiceHost(WebApplication application, string url)
    {
        _application = application;
        Url = url;
    }

    /// <summary>What the dashboard receives as DOTNET_RESOURCE_SERVICE_ENDPOINT_URL.</summary>
    public string Url { get; }

    public static async Task<ResourceServiceHost> StartAsync(
        IResourceMonitor monitor, string applicationName, int port, CancellationToken cancellationToken)
    {
        // An empty builder: the host's own environment (ASPNETCORE_URLS, Kestrel__*) must not reconfigure this server.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(ResourceServiceHost).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddLogging();
        builder.Services.AddRouting();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(monitor);
        builder.Services.AddSingleton(new ApplicationName(applicationName));

        var application = builder.Build();
        application.MapGrpcService<ResourceFeedService>();
        await application.StartAsync(cancellationToken);
        return new ResourceServiceHost(application, $"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _application.StopAsync(timeout.Token);
        await _application.DisposeAsync();
    }
}
