using System.Text.Json;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.ServiceTestHost;

namespace Hemit.Governance.Tests.Integration;

/// <summary>
/// Seed 004 through gRPC: the owner's assignments with codes and deadlines, AssignmentOverdue announced once, and the
/// owner's indicators read live from the real HR metrics service.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class AssignmentsAndIndicatorsTests(GovernanceStack stack) : IAsyncLifetime
{
    private GovernanceHost Host { get; set; } = null!;

    public async Task InitializeAsync() => Host = await stack.GovernanceForAsync<AssignmentsAndIndicatorsTests>();

    public Task DisposeAsync() => Task.CompletedTask;


    private static Contracts.Governance.V1.OwnerAssignment Assignment(string code, string title, string deadline, HemitRole role) => new()
    {
        Code = code,
        Title = title,
        Text = $"{title} (oppdrag og bestilling 2025)",
        GoalArea = "Hovedmål 4: Den offentlige helsetjenesten skal være fagfolkenes foretrukne arbeidsplass",
        Deadline = deadline,
        Role = role,
        ReportedPerTertial = true,
        ReportedInAnnualReport = true,
    };

    [Fact]
    public async Task An_assignment_past_its_deadline_is_announced_once_and_shows_as_overdue()
    {
        // 5 March 2025: HMN25-133's plan was due 1 March; HMN25-115 reports by 1 May; HMN25-021 has no deadline.
        Host.Clock.SetToday(new DateOnly(2025, 3, 5));
        var request = new SaveAssignmentsRequest
        {
            Assignments =
            {
                Assignment("HMN25-021", "Sykefravær", "", HemitRole.Leads),
                Assignment("HMN25-133", "Plan for automatisert overføring av data", "2025-03-01", HemitRole.Contributes),
                Assignment("HMN25-115", "Rekruttering", "2025-05-01", HemitRole.Leads),
            },
        };

        var saved = await Host.Assignments.SaveAssignmentsAsync(request);
        await Host.Assignments.SaveAssignmentsAsync(request);
        await Host.Assignments.ReportAssignmentStatusAsync(new ReportAssignmentStatusRequest
        {
            Code = "HMN25-021", Tertial = "2025-T1", Status = AssignmentStatus.InProgress, Risk = GoalRisk.Medium,
            Comment = "Sykefraværet er redusert fra 2024-nivå, men ikke ned på 2019-nivå.",
        });

        Assert.Equal(3, saved.Created);
        var overdue = Assert.Single((await Host.OutboxPayloadsAsync("AssignmentOverdue")).Select(p => JsonDocument.Parse(p).RootElement));
        Assert.Equal(("HMN25-133", "2025-03-01", "contributes"),
            (overdue.GetProperty("code").GetString(), overdue.GetProperty("deadline").GetString(), overdue.GetProperty("role").GetString()));

        var listed = (await Host.Assignments.ListAssignmentsAsync(new ListAssignmentsRequest { Year = 2025 })).Assignments
            .Where(a => a.Code is "HMN25-021" or "HMN25-115" or "HMN25-133").ToDictionary(a => a.Code);
        Assert.Equal((true, false, false), (listed["HMN25-133"].Overdue, listed["HMN25-115"].Overdue, listed["HMN25-021"].Overdue));
        var comment = Assert.Single(listed["HMN25-021"].Comments);
        Assert.Equal(("2025-T1", AssignmentStatus.InProgress, GoalRisk.Medium), (comment.Tertial, listed["HMN25-021"].Status, listed["HMN25-021"].Risk));
    }

    [Fact]
    public async Task The_owners_indicators_are_computed_by_HR_metrics_when_asked()
    {
        var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, "TestData", "working-time-violations-2024-2025.csv"));
        var (records, problems) = CsvImporter.Read(file, HrImportFiles.WorkingTimeViolations, HrImportFiles.ToWorkingTimeViolation);
        Assert.Empty(problems);
        await ServiceUnderTest<HrMetrics.Grpc.HrMetricsGrpcService, HrMetrics.Data.HrMetricsDbContext>.PushAsync(
            stack.HrClient.ImportWorkingTimeViolations(), records);

        var before = await ViolationsIndicatorAsync();
        Assert.Equal(("hrmetrics", 2024, 320m, 240m, 256m, true),
            (before.Source, before.BaselineYear, before.BaselineValue.ToDecimal(), before.Value.ToDecimal(), before.TargetValue.ToDecimal(), before.OnTrack));
        Assert.Equal(-20m, before.RequiredChangePercent.ToDecimal());

        // A late batch of April's violations reaches HR metrics: governance's next answer carries it, nothing was kept.
        await ServiceUnderTest<HrMetrics.Grpc.HrMetricsGrpcService, HrMetrics.Data.HrMetricsDbContext>.PushAsync(
            stack.HrClient.ImportWorkingTimeViolations(),
            [new WorkingTimeViolationRecord { Period = new Period { Year = 2025, Month = 4 }, Unit = "U-SERVICEDESK", Rule = WorkingTimeRule.DailyRest, Count = 30 }]);
        var after = await ViolationsIndicatorAsync();
        Assert.Equal((270m, false), (after.Value.ToDecimal(), after.OnTrack));
    }

    private async Task<OwnerIndicator> ViolationsIndicatorAsync() =>
        (await Host.Assignments.GetIndicatorsAsync(new GetOwnerIndicatorsRequest { Year = 2025 })).Indicators.Single(i => i.Code == "working_time_violations");
}
