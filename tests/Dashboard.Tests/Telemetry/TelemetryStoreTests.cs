using Hemit.TestSupport;
using Hemit.Dashboard.Telemetry;
using Hemit.Dashboard.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry.Proto.Logs.V1;
using static Hemit.Dashboard.Tests.Support.OtlpRequests;
using SpanKind = OpenTelemetry.Proto.Trace.V1.Span.Types.SpanKind;

namespace Hemit.Dashboard.Tests.Telemetry;

public sealed class TelemetryStoreTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new();

    [Fact]
    public void Spans_from_two_services_form_one_trace_listed_with_both_services()
    {
        using var store = Open();
        var trace = TraceId(1);
        store.AddTraces(Traces("finance",
            Span(trace, SpanId(1), "", "POST /hemit.finance.v1.LedgerService/ImportLedgerLines", TimeSpan.Zero, TimeSpan.FromMilliseconds(40), SpanKind.Server),
            Span(trace, SpanId(2), SpanId(1), "MonthClosed publish", TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(5), SpanKind.Producer,
                attributes: ("messaging.system", "rabbitmq"))));
        store.AddTraces(Traces("governance",
            Span(trace, SpanId(3), SpanId(2), "MonthClosed receive", TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(30), SpanKind.Consumer,
                attributes: ("messaging.system", "rabbitmq"))));

        var listed = Assert.Single(store.QueryTraces(new TraceQuery()).Traces);

        Assert.Equal(trace, listed.TraceId);
        Assert.Equal("POST /hemit.finance.v1.LedgerService/ImportLedgerLines", listed.Name);
        Assert.Equal(3, listed.SpanCount);
        Assert.Equal(TimeSpan.FromMilliseconds(50), listed.Duration);
        Assert.Equal(["finance", "governance"], listed.Services.Select(service => service.ServiceName).Order());
        Assert.Equal(3, store.GetTrace(trace)!.Spans.Count);
    }

    [Fact]
    public void Trace_list_filters_by_resource_name_duration_status_and_span_attribute()
    {
        using var store = Open();
        store.AddTraces(Traces("finance",
            Span(TraceId(1), SpanId(1), "", "GetIncomeStatement", TimeSpan.Zero, TimeSpan.FromMilliseconds(5), SpanKind.Server),
            Span(TraceId(1), SpanId(2), SpanId(1), "SELECT ledger_lines", TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(3), SpanKind.Client,
                attributes: ("db.system", "postgresql"))));
        store.AddTraces(Traces("servicedesk",
            Span(TraceId(2), SpanId(3), "", "ImportTickets", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(900), SpanKind.Server, failed: true)));

        IReadOnlyList<string> Find(TraceQuery query) => store.QueryTraces(query).Traces.Select(trace => trace.TraceId).ToList();

        Assert.Equal([TraceId(1)], Find(new TraceQuery { ServiceName = "FINANCE" }));
        Assert.Equal([TraceId(1)], Find(new TraceQuery { NameContains = "ledger_lines" }));
        Assert.Equal([TraceId(2)], Find(new TraceQuery { MinDuration = TimeSpan.FromMilliseconds(100) }));
        Assert.Equal([TraceId(2)], Find(new TraceQuery { Status = TraceStatusFilter.Error }));
        Assert.Equal([TraceId(1)], Find(new TraceQuery { Status = TraceStatusFilter.Ok }));
        Assert.Equal([TraceId(1)], Find(new TraceQuery { AttributeKey = "db.system", AttributeValue = "postgresql" }));
        Assert.Equal([TraceId(1)], Find(new TraceQuery { AttributeKey = "db.system" }));
        Assert.Empty(Find(new TraceQuery { AttributeKey = "db.system", AttributeValue = "mssql" }));
        Assert.Equal([TraceId(2), TraceId(1)], Find(new TraceQuery()));
    }

    [Fact]
    public void Trace_list_returns_the_newest_traces_and_counts_every_match()
    {
        using var store = Open();
        for (var number = 1; number <= 30; number++)
        {
            store.AddTraces(Traces("finance", Span(TraceId(number), SpanId(number), "", $"call {number}", TimeSpan.FromSeconds(number), TimeSpan.FromMilliseconds(1))));
        }

        var result = store.QueryTraces(new TraceQuery { Limit = 3 });

        Assert.Equal(30, result.TotalMatches);
        Assert.Equal(["call 30", "call 29", "call 28"], result.Traces.Select(trace => trace.Name));
    }

    [Fact]
    public void Spans_with_malformed_ids_are_refused_and_counted_while_the_rest_are_kept()
    {
        using var store = Open();
        var request = Traces("finance", Span(TraceId(1), SpanId(1), "", "good", TimeSpan.Zero, TimeSpan.FromMilliseconds(1)));
        var bad = Span(TraceId(2), SpanId(2), "", "bad", TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
        bad.TraceId = Google.Protobuf.ByteString.CopyFrom(new byte[3]);
        request.ResourceSpans[0].ScopeSpans[0].Spans.Add(bad);

        var outcome = store.AddTraces(request);

        Assert.Equal(1, outcome.Accepted);
        Assert.Equal(1, outcome.Rejected);
        Assert.Contains("span 'bad' has a trace_id of 3 bytes", outcome.RejectionReason);
        Assert.Single(store.QueryTraces(new TraceQuery()).Traces);
    }

    [Fact]
    public void Structured_logs_filter_by_resource_level_text_attribute_and_trace()
    {
        using var store = Open();
        store.AddLogs(Logs("finance",
            Log(TimeSpan.FromSeconds(1), SeverityNumber.Info, "Imported 12 ledger lines", TraceId(7), ("period", "2021-10")),
            Log(TimeSpan.FromSeconds(2), SeverityNumber.Warn, "Budget missing for cost centre 4100")));
        store.AddLogs(Logs("hrmetrics", Log(TimeSpan.FromSeconds(3), SeverityNumber.Error, "Sick-leave import failed")));

        IReadOnlyList<string> Find(LogQuery query) => store.QueryLogs(query).Entries.Select(entry => entry.Body).ToList();

        Assert.Equal(["Sick-leave import failed", "Budget missing for cost centre 4100", "Imported 12 ledger lines"], Find(new LogQuery()));
        Assert.Equal(["Budget missing for cost centre 4100", "Imported 12 ledger lines"], Find(new LogQuery { ServiceName = "finance" }));
        Assert.Equal(["Sick-leave import failed", "Budget missing for cost centre 4100"], Find(new LogQuery { MinLevel = LogLevelName.Warning }));
        Assert.Equal(["Imported 12 ledger lines"], Find(new LogQuery { TextContains = "LEDGER" }));
        Assert.Equal(["Imported 12 ledger lines"], Find(new LogQuery { AttributeKey = "period", AttributeValue = "2021-10" }));
        Assert.Equal(["Imported 12 ledger lines"], Find(new LogQuery { TraceId = TraceId(7) }));
    }

    [Fact]
    public void A_histogram_is_charted_as_percentiles_of_each_interval()
    {
        using var store = Open();
        var histogram = new OpenTelemetry.Proto.Metrics.V1.Metric
        {
            Name = "http.server.request.duration",
            Unit = "s",
            Histogram = new OpenTelemetry.Proto.Metrics.V1.Histogram { AggregationTemporality = OpenTelemetry.Proto.Metrics.V1.AggregationTemporality.Cumulative },
        };

        // Cumulative: the first minute has 10 requests under 0.1 s; the second adds 10 between 0.5 and 1 s.
        histogram.Histogram.DataPoints.Add(Point(TimeSpan.FromMinutes(1), [10, 0, 0, 0]));
        histogram.Histogram.DataPoints.Add(Point(TimeSpan.FromMinutes(2), [10, 0, 10, 0]));
        store.AddMetrics(Metrics("finance", "Microsoft.AspNetCore.Hosting", histogram));

        var chart = store.GetMetricChart("finance", "Microsoft.AspNetCore.Hosting", "http.server.request.duration", TimeSpan.FromHours(1), Start + TimeSpan.FromMinutes(3));

        var p50 = Assert.Single(chart!.Lines, line => line.Label.EndsWith("p50", StringComparison.Ordinal));
        Assert.Equal(0.05, p50.Points[0].Value, precision: 6);
        Assert.Equal(0.75, p50.Points[1].Value, precision: 6);

        static OpenTelemetry.Proto.Metrics.V1.HistogramDataPoint Point(TimeSpan at, ulong[] counts)
        {
            var point = new OpenTelemetry.Proto.Metrics.V1.HistogramDataPoint
            {
                StartTimeUnixNano = Nanos(TimeSpan.Zero),
                TimeUnixNano = Nanos(at),
                Count = (ulong)counts.Sum(count => (long)count),
            };
            point.ExplicitBounds.AddRange([0.1, 0.5, 1.0]);
            point.BucketCounts.AddRange(counts);
            return point;
        }
    }

    [Fact]
    public void Telemetry_survives_closing_and_reopening_the_store()
    {
        using (var store = Open())
        {
            store.AddTraces(Traces("finance", Span(TraceId(1), SpanId(1), "", "ImportLedgerLines", TimeSpan.Zero, TimeSpan.FromMilliseconds(8))));
            store.AddLogs(Logs("finance", Log(TimeSpan.Zero, SeverityNumber.Info, "Imported 12 ledger lines")));
            store.AddMetrics(Gauge("finance", "Hemit.Finance", "hemit.finance.open_periods", TimeSpan.Zero, 3));
        }

        using var reopened = Open();

        Assert.Equal("ImportLedgerLines", Assert.Single(reopened.QueryTraces(new TraceQuery()).Traces).Name);
        Assert.Equal("Imported 12 ledger lines", Assert.Single(reopened.QueryLogs(new LogQuery()).Entries).Body);
        Assert.Equal("hemit.finance.open_periods", Assert.Single(reopened.GetMetricCatalog()).InstrumentName);

        // New telemetry goes on after the replayed telemetry, and it too survives the next restart.
        reopened.AddTraces(Traces("finance", Span(TraceId(2), SpanId(2), "", "GetIncomeStatement", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(8))));
        Assert.Equal(2, reopened.QueryTraces(new TraceQuery()).TotalMatches);
    }

    [Fact]
    public void The_store_stays_within_its_size_bound_by_dropping_the_oldest_telemetry_first()
    {
        const int megabyte = 1024 * 1024;
        using var store = Open(maxSizeMegabytes: 1);
        var padding = new string('x', 2000);
        for (var number = 1; number <= 2000; number++)
        {
            store.AddTraces(Traces("finance",
                Span(TraceId(number), SpanId(number), "", $"call {number}", TimeSpan.FromMilliseconds(number), TimeSpan.FromMilliseconds(1),
                    attributes: ("padding", padding))));
            Assert.True(store.Statistics.BytesOnDisk <= megabyte, $"after trace {number} the store holds {store.Statistics.BytesOnDisk} bytes");
        }

        var statistics = store.Statistics;
        var filesOnDisk = Directory.EnumerateFiles(Path.Combine(folder.Path, "telemetry")).Sum(file => new FileInfo(file).Length);
        Assert.True(filesOnDisk <= megabyte, $"segment files hold {filesOnDisk} bytes");
        Assert.True(statistics.DroppedSegments > 0);

        // What is left is the newest run of traces, without gaps: the oldest went first.
        var kept = store.QueryTraces(new TraceQuery { Limit = 5000 }).Traces.Select(trace => int.Parse(trace.Name["call ".Length..])).Order().ToList();
        Assert.Equal(2000, kept[^1]);
        Assert.True(kept[0] > 1500, $"the oldest kept trace is {kept[0]}");
        Assert.Equal(Enumerable.Range(kept[0], kept.Count), kept);
        Assert.Null(store.GetTrace(TraceId(1)));
        Assert.Equal(kept.Count, statistics.SpanCount);
    }

    [Fact]
    public void A_record_torn_by_a_crash_is_dropped_on_reopen_and_the_records_before_it_are_kept()
    {
        using (var store = Open())
        {
            store.AddTraces(Traces("finance", Span(TraceId(1), SpanId(1), "", "kept", TimeSpan.Zero, TimeSpan.FromMilliseconds(1))));
        }

        var segment = Directory.EnumerateFiles(Path.Combine(folder.Path, "telemetry")).Single();
        var intact = new FileInfo(segment).Length;
        File.AppendAllText(segment, "\u0040\u0000\u0000\u0000\u0001half-written");

        using var reopened = Open();

        Assert.Equal("kept", Assert.Single(reopened.QueryTraces(new TraceQuery()).Traces).Name);
        Assert.Equal(intact, new FileInfo(segment).Length);
    }

    [Fact]
    public void Clearing_removes_all_telemetry_on_disk_and_in_memory()
    {
        using (var store = Open())
        {
            store.AddTraces(Traces("finance", Span(TraceId(1), SpanId(1), "", "call", TimeSpan.Zero, TimeSpan.FromMilliseconds(1))));

            store.Clear();

            Assert.Equal(0, store.QueryTraces(new TraceQuery()).TotalMatches);
        }

        using var reopened = Open();
        Assert.Equal(0, reopened.QueryTraces(new TraceQuery()).TotalMatches);
    }

    public void Dispose() => folder.Dispose();

    private TelemetryStore Open(int maxSizeMegabytes = 16) =>
        new(new TelemetryStoreOptions { Path = folder.Path, MaxSizeMegabytes = maxSizeMegabytes }, NullLogger<TelemetryStore>.Instance);
}
