using Hemit.Dashboard.Otlp;

namespace Hemit.Dashboard.Extensions;

internal static class OtlpReceiverExtensions
{
    public static IServiceCollection AddOtlpReceivers(this IServiceCollection services)
    {
        services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = 64 * 1024 * 1024);
        return services;
    }

    /// <summary>OTLP over gRPC (TraceService, LogsService, MetricsService) and over HTTP (/v1/traces, /v1/logs, /v1/metrics).</summary>
    public static void MapOtlpReceivers(this WebApplication app)
    {
        app.MapGrpcService<OtlpTraceReceiver>().AllowAnonymous();
        app.MapGrpcService<OtlpLogsReceiver>().AllowAnonymous();
        app.MapGrpcService<OtlpMetricsReceiver>().AllowAnonymous();
        app.MapOtlpHttp();
    }
}
