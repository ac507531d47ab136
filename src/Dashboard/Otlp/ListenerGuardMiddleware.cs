using System.Security.Cryptography;
using System.Text;
using Hemit.Dashboard.Configuration;
using Microsoft.Extensions.Options;

namespace Hemit.Dashboard.Otlp;

/// <summary>
/// Keeps the three listeners apart: the OTLP/gRPC port serves only the OTLP services, the OTLP/HTTP port only
/// /v1/traces, /v1/logs and /v1/metrics, the UI port neither. On the OTLP ports, when an API key is configured,
/// a request without header <c>x-otlp-api-key</c> holding it gets 401 (Dashboard__Otlp__AuthMode=ApiKey).
/// </summary>
internal sealed class ListenerGuardMiddleware(RequestDelegate next, IOptions<DashboardOptions> options)
{
    public const string ApiKeyHeader = "x-otlp-api-key";
    private const string OtlpGrpcPathPrefix = "/opentelemetry.proto.collector.";

    public async Task InvokeAsync(HttpContext context)
    {
        var type = context.Features.Get<DashboardConnectionTypeFeature>()?.Type ?? DashboardConnectionType.Frontend;
        var path = context.Request.Path.Value ?? "";
        var isOtlpGrpc = path.StartsWith(OtlpGrpcPathPrefix, StringComparison.Ordinal);
        var isOtlpHttp = OtlpHttpEndpoints.Paths.Contains(path, StringComparer.OrdinalIgnoreCase);

        var allowed = type switch
        {
            DashboardConnectionType.OtlpGrpc => isOtlpGrpc,
            DashboardConnectionType.OtlpHttp => isOtlpHttp,
            _ => !isOtlpGrpc && !isOtlpHttp,
        };
        if (!allowed)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (type != DashboardConnectionType.Frontend && !HasValidApiKey(context))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync($"OTLP requests to this dashboard need the API key in header {ApiKeyHeader}.");
            return;
        }

        await next(context);
    }

    private bool HasValidApiKey(HttpContext context)
    {
        var otlp = options.Value.Otlp;
        if (!otlp.RequiresApiKey)
        {
            return true;
        }

        var sent = context.Request.Headers[ApiKeyHeader].ToString();
        return FixedTimeEquals(sent, otlp.PrimaryApiKey!)
            || (!string.IsNullOrEmpty(otlp.SecondaryApiKey) && FixedTimeEquals(sent, otlp.SecondaryApiKey));
    }

    internal static bool FixedTimeEquals(string sent, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected));
}
