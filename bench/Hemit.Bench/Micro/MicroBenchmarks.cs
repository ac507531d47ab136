using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.IncomeStatements;
using Hemit.Finance.Ledger;
using Hemit.Bench.Ingest;
using Hemit.BuildingBlocks.Importing;
using Hemit.ServiceDesk.Importing;
using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Sla;
using Hemit.ServiceDesk.Tickets;

namespace Hemit.Bench.Micro;

/// <summary>The SLA clock on the month report's two kinds of ticket: resolved within days, and open for weeks (the backlog).</summary>
public class SlaClockBenchmarks
{
    private static readonly SlaPolicies Policies = SlaPolicies.From(new SlaOptions());
    private static readonly DateTimeOffset Created = new(2021, 12, 1, 9, 15, 0, TimeSpan.FromHours(1));
    private TicketTimeline _resolved = null!;
    private TicketTimeline _openSinceSummer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _resolved = TicketTimeline.Replay("INC1", [
            Event("INC1", Created, TicketEventKind.Created, 4),
            Event("INC1", Created.AddHours(3), TicketEventKind.Pending),
            Event("INC1", Created.AddDays(1), TicketEventKind.Resumed),
            Event("INC1", Created.AddDays(3), TicketEventKind.Resolved),
        ], DateTimeOffset.MaxValue);
        _openSinceSummer = TicketTimeline.Replay("INC2", [Event("INC2", Created.AddMonths(-5), TicketEventKind.Created, 3)], DateTimeOffset.MaxValue);
    }

    [Benchmark(Description = "SLA clock, resolved in 3 days")]
    public bool Resolved() => SlaClock.Standing(_resolved, Policies, Created.AddMonths(1)).Breached;

    [Benchmark(Description = "SLA clock, open 6 months")]
    public bool OpenSinceSummer() => SlaClock.Standing(_openSinceSummer, Policies, Created.AddMonths(1)).Breached;

    private static TicketEventEntry Event(string id, DateTimeOffset at, TicketEventKind kind, int? priority = null) => new()
    {
        TicketId = id, OccurredAt = at, Event = kind, Priority = priority,
        Type = kind == TicketEventKind.Created ? TicketType.Incident : null, Service = kind == TicketEventKind.Created ? "DIPS Arena" : null,
        Responsible = kind == TicketEventKind.Created ? "Hemit" : null,
    };
}

/// <summary>The income statement of December from a year of the seed's ledger (actuals, budget, forecasts).</summary>
public class IncomeStatementBenchmarks
{
    private List<LedgerAmount> _year = null!;

    [GlobalSetup]
    public void Setup() => _year = BenchData.Ledger2021()
        .Select(l => new LedgerAmount(l.Period.Month, l.Line, l.Scenario switch
        {
            Scenario.Actual => LedgerScenario.Actual,
            Scenario.Budget => LedgerScenario.Budget,
            _ => LedgerScenario.Forecast,
        }, l.Amount.ToDecimal())).ToList();

    [Benchmark(Description = "income statement, a year's ledger")]
    public IncomeStatement Compute() => IncomeStatementCalculator.Compute(2021, 12, _year);
}

/// <summary>The service desk's month report computed from its input (20 000 tickets in December 2021), no database.</summary>
public class MonthFiguresBenchmarks
{
    private static readonly SlaPolicies Policies = SlaPolicies.From(new SlaOptions());
    private List<TicketEventEntry> _events = null!;

    [GlobalSetup]
    public void Setup() => _events = TicketData.Events(20_000, TicketIngestBench.Seed, firstMonth: 12, months: 1)
        .Select((e, i) => TicketEventRowValidator.Validate(e, i, new RowRejections())!.Entry).ToList();

    [Benchmark(Description = "month report compute, 20 000 tickets")]
    public MonthFigures Compute() => MonthFigures.Compute(new OsloMonth(2021, 12), _events, Policies);
}

/// <summary>Runs the micro-benchmarks with BenchmarkDotNet in this process and reports each median.</summary>
public static class MicroBench
{
    public static IReadOnlyList<BenchResult> Run(bool smoke)
    {
        var job = (smoke ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        IConfig config = ManualConfig.CreateEmpty().AddJob(job).AddLogger(NullLogger.Instance)
            .AddColumnProvider(DefaultColumnProviders.Instance).WithOptions(ConfigOptions.DisableLogFile)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "hemit-bench-bdn"));
        if (smoke)
        {
            // The smoke run reuses the solution's Debug build: it only proves the benchmarks still run.
            config = config.WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }

        var load = Measure.LoadAverage();
        return BenchmarkRunner.Run([typeof(SlaClockBenchmarks), typeof(IncomeStatementBenchmarks), typeof(MonthFiguresBenchmarks)], config)
            .SelectMany(summary => summary.Reports)
            .Select(report => new BenchResult("micro (BDN)", report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
                (report.ResultStatistics?.Median ?? double.NaN) / 1000, "us/op", "", null, "", null,
                $"{(smoke ? "dry job" : "short run")}, median; load {load:0.0}"))
            .ToList();
    }
}
