using Grpc.Core;
using Hemit.Dashboard.Telemetry;
using Hemit.Dashboard.Telemetry.Ingest;
using Hemit.Dashboard.Telemetry.Storage;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Hemit.Dashboard.Otlp;

/// <summary>OTLP/gRPC traces: <c>opentelemetry.proto.collector.trace.v1.TraceService/Export</c>.</summary>
internal sealed class OtlpTraceReceiver(TelemetryStore store) : TraceService.TraceServiceBase
{
    public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
    {
        var outcome = OtlpGrpcIngest.Run(() => store.AddTraces(request));
        return Task.FromResult(new ExportTraceServiceResponse
        {
            PartialSuccess = outcome.Rejected == 0 ? null : new ExportTracePartialSuccess { RejectedSpans = outcome.Rejected, ErrorMessage = outcome.RejectionReason },
        });
    }
}

/// <summary>OTLP/gRPC logs: <c>opentelemetry.proto.collector.logs.v1.LogsService/Export</c>.</summary>
internal sealed class OtlpLogsReceiver(TelemetryStore store) : LogsService.LogsServiceBase
{
    public override Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
    {
        var outcome = OtlpGrpcIngest.Run(() => store.AddLogs(request));
        return Task.FromResult(new ExportLogsServiceResponse
        {
            PartialSuccess = outcome.Rejected == 0 ? null : new ExportLogsPartialSuccess { RejectedLogRecords = outcome.Rejected, ErrorMessage = outcome.RejectionReason },
        });
    }
}

/// <summary>OTLP/gRPC metrics: <c>opentelemetry.proto.collector.metrics.v1.MetricsService/Export</c>.</summary>
internal sealed class OtlpMetricsReceiver(TelemetryStore store) : MetricsService.MetricsServiceBase
{
    public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
    {
        var outcome = OtlpGrpcIngest.Run(() => store.AddMetrics(request));
        return Task.FromResult(new ExportMetricsServiceResponse
        {
            PartialSuccess = outcome.Rejected == 0 ? null : new ExportMetricsPartialSuccess { RejectedDataPoints = outcome.Rejected, ErrorMessage = outcome.RejectionReason },
        });
    }
}

internal static class OtlpGrpcIngest
{
    /// <summary>A request too large for the store is the sender's mistake, and retrying it cannot help: INVALID_ARGUMENT.</summary>
    public static IngestOutcome Run(Func<IngestOutcome> ingest)
    {
        try
        {
            return ingest();
        }
        catch (TelemetryTooLargeException exception)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, exception.Message));
        }
    }
}
