using System.Diagnostics;
using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Resource.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace Hemit.Dashboard.Bench;

/// <summary>
/// The shape of the platform's traffic: each trace is one gRPC call with database writes, a RabbitMQ publish
/// and its consumer, ten spans in all.
/// </summary>
internal static class SyntheticTraces
{
    public const int SpansPerTrace = 10;

    private static readonly string[] Operations = ["ImportLedgerLines", "GetIncomeStatement", "ImportTickets", "GetSickLeave", "CompileStatusReport"];

    /// <summary>Creates one trace's spans through the OpenTelemetry SDK, as instrumented services do.</summary>
    public static void Emit(ActivitySource source, int number)
    {
        var operation = Operations[number % Operations.Length];
        using var call = source.StartActivity($"POST /hemit.finance.v1.LedgerService/{operation}", ActivityKind.Server);
        call?.SetTag("rpc.system", "grpc");
        call?.SetTag("rpc.method", operation);
        call?.SetTag("http.response.status_code", 200);
        for (var write = 0; write < 6; write++)
        {
            using var insert = source.StartActivity("INSERT hemit_finance.ledger_lines", ActivityKind.Client);
            insert?.SetTag("db.system.name", "postgresql");
            insert?.SetTag("db.query.text", "INSERT INTO ledger_lines (source_key, period, account, amount) VALUES ($1, $2, $3, $4)");
        }

        using (var publish = source.StartActivity("hemit.month-closed publish", ActivityKind.Producer))
        {
            publish?.SetTag("messaging.system", "rabbitmq");
            publish?.SetTag("messaging.destination.name", "hemit.month-closed");
        }

        using (var consume = source.StartActivity("hemit.month-closed receive", ActivityKind.Consumer))
        {
            consume?.SetTag("messaging.system", "rabbitmq");
            using var handle = source.StartActivity("MonthClosedHandler", ActivityKind.Internal);
            handle?.SetTag("hemit.period", "2021-10");
        }
    }

    /// <summary>An export request of whole traces built by hand, for filling the store quickly before the live run.</summary>
    public static ExportTraceServiceRequest Request(int firstTrace, int traces, DateTimeOffset start)
    {
        var scope = new ScopeSpans { Scope = new InstrumentationScope { Name = "Hemit.Bench" } };
        for (var trace = firstTrace; trace < firstTrace + traces; trace++)
        {
            var traceId = ByteString.CopyFrom(Guid.NewGuid().ToByteArray());
            var startNanos = (ulong)(start.AddMilliseconds(trace) - DateTimeOffset.UnixEpoch).Ticks * 100;
            var root = Id();
            scope.Spans.Add(NewSpan(traceId, root, ByteString.Empty, $"POST /hemit.finance.v1.LedgerService/{Operations[trace % Operations.Length]}",
                Span.Types.SpanKind.Server, startNanos, 40_000_000, ("rpc.system", "grpc"), ("http.response.status_code", "200")));
            for (var write = 0; write < 6; write++)
            {
                scope.Spans.Add(NewSpan(traceId, Id(), root, "INSERT hemit_finance.ledger_lines", Span.Types.SpanKind.Client, startNanos + 1_000_000, 3_000_000,
                    ("db.system.name", "postgresql"), ("db.query.text", "INSERT INTO ledger_lines (source_key, period, account, amount) VALUES ($1, $2, $3, $4)")));
            }

            var publish = Id();
            scope.Spans.Add(NewSpan(traceId, publish, root, "hemit.month-closed publish", Span.Types.SpanKind.Producer, startNanos + 25_000_000, 2_000_000,
                ("messaging.system", "rabbitmq"), ("messaging.destination.name", "hemit.month-closed")));
            var consume = Id();
            scope.Spans.Add(NewSpan(traceId, consume, publish, "hemit.month-closed receive", Span.Types.SpanKind.Consumer, startNanos + 28_000_000, 10_000_000,
                ("messaging.system", "rabbitmq")));
            scope.Spans.Add(NewSpan(traceId, Id(), consume, "MonthClosedHandler", Span.Types.SpanKind.Internal, startNanos + 29_000_000, 8_000_000,
                ("hemit.period", "2021-10")));
        }

        var resourceSpans = new ResourceSpans
        {
            Resource = new Resource { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = "finance" } } } },
        };
        resourceSpans.ScopeSpans.Add(scope);
        return new ExportTraceServiceRequest { ResourceSpans = { resourceSpans } };
    }

    private static ByteString Id() => ByteString.CopyFrom(Guid.NewGuid().ToByteArray(), 0, 8);

    private static Span NewSpan(ByteString traceId, ByteString spanId, ByteString parent, string name, Span.Types.SpanKind kind, ulong start, ulong duration,
        params (string Key, string Value)[] attributes)
    {
        var span = new Span
        {
            TraceId = traceId,
            SpanId = spanId,
            ParentSpanId = parent,
            Name = name,
            Kind = kind,
            StartTimeUnixNano = start,
            EndTimeUnixNano = start + duration,
        };
        span.Attributes.AddRange(attributes.Select(attribute => new KeyValue { Key = attribute.Key, Value = new AnyValue { StringValue = attribute.Value } }));
        return span;
    }
}
