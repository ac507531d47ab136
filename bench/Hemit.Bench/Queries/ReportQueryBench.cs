using System.Diagnostics;
using Grpc.Net.Client;
using Hemit.Bench.Hosting;
using Hemit.Bench.V1;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.Cli.Finance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;

namespace Hemit.Bench.Queries;

/// <summary>
/// Issue 16, benchmark 2: the income statement, the sick-leave report and the service desk's month report, each under
/// 32 concurrent clients (each its own HTTP/2 connection) for a fixed window, beside the bench's empty method on the
/// same server (the transport's and authorisation's limit). Goals: p95 under 20 ms and at least a third of the empty
/// method's rate. Each figure is the median of the windows after a warm-up window; the ratio is taken per pair of
/// adjacent windows (empty, then the report).
/// </summary>
public static class ReportQueryBench
{
    private const int Clients = 32;

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(ServiceProcess finance, ServiceProcess hr, ServiceProcess desk, bool smoke)
    {
        var window = TimeSpan.FromSeconds(smoke ? 1 : 4);
        var windows = smoke ? 1 : 3;
        await LoadAsync(finance, hr);

        var period = Period.Of(2021, 12);
        var queries = new (string Name, ServiceProcess Server, Func<CallInvokerClients, Task> Call)[]
        {
            ("income statement", finance, c => c.Finance.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = period }).ResponseAsync),
            ("sick-leave report", hr, c => c.Hr.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 }).ResponseAsync),
            ("month report", desk, c => c.Desk.GetMonthReportAsync(new GetMonthReportRequest { Period = period }).ResponseAsync),
        };
        var results = new List<BenchResult>();
        foreach (var (name, server, call) in queries)
        {
            var clients = Enumerable.Range(0, Clients).Select(_ => new CallInvokerClients(server.CreateChannel())).ToList();
            try
            {
                var load = Measure.LoadAverage();
                var (empty, query, ratio) = await DrivePairedAsync(clients, c => c.Empty.PingAsync(new Google.Protobuf.WellKnownTypes.Empty()).ResponseAsync, call, window, windows);
                var judged = !smoke;
                results.Add(new("report queries", $"{name} rate", query.Rate, "req/s", $"empty method {empty.Rate:0}/s", ratio, ">= 0.33",
                    judged ? ratio >= 1 / 3.0 : null,
                    $"{Clients} clients, {windows} x {window.TotalSeconds:0} s, each window beside an empty-method window just before it; ratio the median of the pairs'; load {load:0.0}"));
                results.Add(new("report queries", $"{name} p95", query.P95, "ms", $"empty p95 {empty.P95:0.0} ms", null, "< 20 ms",
                    judged ? query.P95 < 20 : null, $"p50 {query.P50:0.0} ms, p99 {query.P99:0.0} ms; empty p50 {empty.P50:0.0}, p99 {empty.P99:0.0} ms"));
            }
            finally
            {
                clients.ForEach(c => c.Dispose());
            }
        }

        return results;
    }

    /// <summary>12 months of 2021's ledger (the seed's file, November and December as October), and HR's test files.</summary>
    public static async Task LoadAsync(ServiceProcess finance, ServiceProcess hr)
    {
        using var financeChannel = finance.CreateChannel();
        using var hrChannel = hr.CreateChannel();
        var financeClient = new FinanceService.FinanceServiceClient(financeChannel);
        var hrClient = new HrMetricsService.HrMetricsServiceClient(hrChannel);
        await BenchData.PushAsync(financeClient.ImportLedgerLines(), BenchData.Ledger2021());
        await BenchData.PushAsync(hrClient.ImportSickLeave(), BenchData.Read("sick-leave-2020-2021.csv", HrImportFiles.SickLeave, HrImportFiles.ToSickLeave));
        await BenchData.PushAsync(hrClient.ImportStaffing(), BenchData.Read("staffing-2021.csv", HrImportFiles.Staffing, HrImportFiles.ToStaffing));
    }

    private sealed record LoadFigures(double Rate, double P50, double P95, double P99);

    /// <summary>
    /// Every client calls in a loop for the window: one warm-up window of each method, then <paramref name="windows"/>
    /// pairs of an empty-method window and a query window. The machine's speed drifts between windows (the empty
    /// method's rate has moved 9,000–13,400/s between benchmarks of one run), so the ratio is taken within each pair,
    /// a few seconds apart, and its median reported beside the median of each figure.
    /// </summary>
    private static async Task<(LoadFigures Empty, LoadFigures Query, double Ratio)> DrivePairedAsync(
        List<CallInvokerClients> clients, Func<CallInvokerClients, Task> empty, Func<CallInvokerClients, Task> query, TimeSpan window, int windows)
    {
        await OneWindowAsync(clients, empty, window);
        await OneWindowAsync(clients, query, window);
        var emptyFigures = new List<LoadFigures>();
        var queryFigures = new List<LoadFigures>();
        for (var i = 0; i < windows; i++)
        {
            emptyFigures.Add(FiguresOf(await OneWindowAsync(clients, empty, window), window));
            queryFigures.Add(FiguresOf(await OneWindowAsync(clients, query, window), window));
        }

        var ratio = Measure.Median(emptyFigures.Zip(queryFigures, (e, q) => q.Rate / e.Rate));
        return (MedianOf(emptyFigures), MedianOf(queryFigures), ratio);
    }

    private static LoadFigures FiguresOf(List<double> latencies, TimeSpan window) => new(latencies.Count / window.TotalSeconds,
        Measure.Percentile(latencies, 50), Measure.Percentile(latencies, 95), Measure.Percentile(latencies, 99));

    private static LoadFigures MedianOf(List<LoadFigures> figures) => new(Measure.Median(figures.Select(f => f.Rate)),
        Measure.Median(figures.Select(f => f.P50)), Measure.Median(figures.Select(f => f.P95)), Measure.Median(figures.Select(f => f.P99)));

    /// <summary>Latencies in ms of the calls started and finished within the window.</summary>
    private static async Task<List<double>> OneWindowAsync(List<CallInvokerClients> clients, Func<CallInvokerClients, Task> call, TimeSpan window)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(window.TotalSeconds * Stopwatch.Frequency);
        var perClient = await Task.WhenAll(clients.Select(async client =>
        {
            var latencies = new List<double>();
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                await call(client);
                var ended = Stopwatch.GetTimestamp();
                if (ended > deadline)
                {
                    return latencies;
                }

                latencies.Add(Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds);
            }
        }));
        return perClient.SelectMany(l => l).ToList();
    }

    /// <summary>One client: its own channel (connection) and the typed clients over it.</summary>
    private sealed class CallInvokerClients(GrpcChannel channel) : IDisposable
    {
        public FinanceService.FinanceServiceClient Finance { get; } = new(channel);

        public HrMetricsService.HrMetricsServiceClient Hr { get; } = new(channel);

        public ServiceDeskService.ServiceDeskServiceClient Desk { get; } = new(channel);

        public EmptyService.EmptyServiceClient Empty { get; } = new(channel);

        public void Dispose() => channel.Dispose();
    }
}
