using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Hemit.Dashboard.Configuration;

/// <summary>
/// The addresses the dashboard listens on and the resource service it reads, from the environment variables
/// Aspire's dashboard uses: ASPNETCORE_URLS (UI), DOTNET_DASHBOARD_OTLP_ENDPOINT_URL (OTLP/gRPC),
/// DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL (OTLP/HTTP), DOTNET_RESOURCE_SERVICE_ENDPOINT_URL (resource feed).
/// </summary>
public sealed class DashboardEndpoints
{
    public const string FrontendDefault = "http://localhost:18888";
    public const string OtlpGrpcDefault = "http://localhost:18889";
    public const string OtlpHttpDefault = "http://localhost:18890";

    public const string OtlpGrpcVariable = "DOTNET_DASHBOARD_OTLP_ENDPOINT_URL";
    public const string OtlpHttpVariable = "DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL";
    public const string ResourceServiceVariable = "DOTNET_RESOURCE_SERVICE_ENDPOINT_URL";

    private readonly Dictionary<DashboardConnectionType, List<ListenOptions>> listeners = [];

    public DashboardEndpoints(IReadOnlyList<Uri> frontend, Uri otlpGrpc, Uri otlpHttp, Uri? resourceService)
    {
        Frontend = frontend;
        OtlpGrpc = otlpGrpc;
        OtlpHttp = otlpHttp;
        ResourceService = resourceService;
    }

    public IReadOnlyList<Uri> Frontend { get; }

    public Uri OtlpGrpc { get; }

    public Uri OtlpHttp { get; }

    /// <summary>Null when the dashboard runs without an AppHost: the resource pages say so, telemetry still works.</summary>
    public Uri? ResourceService { get; }

    /// <summary>Reads and checks the addresses; a bad one fails start-up with a message naming the variable.</summary>
    public static DashboardEndpoints FromConfiguration(IConfiguration configuration)
    {
        var frontendText = FirstNonEmpty(configuration["urls"], configuration["ASPNETCORE_URLS"], FrontendDefault);
        var frontend = frontendText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => Parse("ASPNETCORE_URLS", url))
            .ToList();
        var otlpGrpc = Parse(OtlpGrpcVariable, FirstNonEmpty(configuration[OtlpGrpcVariable], OtlpGrpcDefault));
        var otlpHttp = Parse(OtlpHttpVariable, FirstNonEmpty(configuration[OtlpHttpVariable], OtlpHttpDefault));
        var resourceText = configuration[ResourceServiceVariable];
        var resourceService = string.IsNullOrWhiteSpace(resourceText) ? null : Parse(ResourceServiceVariable, resourceText);

        var all = frontend.Select(url => ("ASPNETCORE_URLS", url)).Append((OtlpGrpcVariable, otlpGrpc)).Append((OtlpHttpVariable, otlpHttp)).ToList();
        foreach (var group in all.Where(entry => entry.Item2.Port != 0).GroupBy(entry => entry.Item2.Port).Where(group => group.Count() > 1))
        {
            throw new InvalidOperationException(
                $"{string.Join(" and ", group.Select(entry => entry.Item1))} both use port {group.Key}; the UI, OTLP/gRPC and OTLP/HTTP each need their own port.");
        }

        return new DashboardEndpoints(frontend, otlpGrpc, otlpHttp, resourceService);
    }

    /// <summary>Called by Kestrel's configuration for each listener, so the bound port is known after start (port 0 in tests).</summary>
    internal void Track(DashboardConnectionType type, ListenOptions options)
    {
        if (!listeners.TryGetValue(type, out var list))
        {
            list = [];
            listeners.Add(type, list);
        }

        list.Add(options);
    }

    /// <summary>The base address actually bound for a listener, once the server has started.</summary>
    public Uri BoundAddress(DashboardConnectionType type)
    {
        var configured = type switch
        {
            DashboardConnectionType.Frontend => Frontend[0],
            DashboardConnectionType.OtlpGrpc => OtlpGrpc,
            _ => OtlpHttp,
        };

        if (configured.Port != 0 || !listeners.TryGetValue(type, out var list) || list[0].IPEndPoint is not IPEndPoint bound)
        {
            return configured;
        }

        return new UriBuilder(configured) { Port = bound.Port }.Uri;
    }

    private static Uri Parse(string variable, string text)
    {
        if (!Uri.TryCreate(text.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{variable} must be an http:// or https:// URL such as http://localhost:18888, not '{text}'.");
        }

        return uri;
    }

    private static string FirstNonEmpty(params string?[] values) => values.First(value => !string.IsNullOrWhiteSpace(value))!;
}
