using System.Text.Json;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Projects.Tests.Integration;

/// <summary>
/// Helseplattformen PD1 moves: the projects hanging on it, directly or through others, are announced at risk once
/// (MilestoneMoved through the outbox) and the portfolio shows them with their chains.
/// </summary>
public sealed class MilestoneMovedTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    private static Milestone Pd1(string due) => new()
    {
        MilestoneId = "HP-PD1", Name = "Helseplattformen PD1", Owner = "Helseplattformen AS", DueDate = due,
    };

    [Fact]
    public async Task Moving_pd1_later_raises_MilestoneMoved_once_with_every_project_at_risk_and_its_chain()
    {
        await host.PushSeedAsync();
        Assert.Empty(await host.Service.OutboxPayloadsAsync("MilestoneMoved"));

        var moved = await host.PushAsync([Pd1("2022-06-01")]);
        var again = await host.PushAsync([Pd1("2022-06-01")]);

        Assert.Equal((1, 0), (moved.Accepted, moved.Unchanged));
        Assert.Equal((0, 1), (again.Accepted, again.Unchanged));
        var payload = JsonDocument.Parse(Assert.Single(await host.Service.OutboxPayloadsAsync("MilestoneMoved"))).RootElement;
        Assert.Equal(("HP-PD1", "2022-04-30", "2022-06-01"),
            (payload.GetProperty("milestoneId").GetString(), payload.GetProperty("previousDueDate").GetString(), payload.GetProperty("dueDate").GetString()));
        var atRisk = payload.GetProperty("projectsAtRisk").EnumerateArray()
            .ToDictionary(p => p.GetProperty("projectId").GetString()!, p => string.Join(" → ", p.GetProperty("chain").EnumerateArray().Select(c => c.GetString())));
        // P-MOBHA hangs on PD1 through both P-EUD and P-MET (a diamond): once, by the first path.
        Assert.Equal(new Dictionary<string, string>
        {
            ["P-EUD"] = "HP-PD1 → P-EUD",
            ["P-MET"] = "HP-PD1 → P-MET",
            ["P-MOBHA"] = "HP-PD1 → P-EUD → P-MOBHA",
            ["P-SMARTTLF-STO"] = "HP-PD1 → P-MET → P-SMARTTLF-STO",
        }, atRisk);
        Assert.Equal("Den mobile helsearbeider i HNT og HMR",
            payload.GetProperty("projectsAtRisk").EnumerateArray().Single(p => p.GetProperty("projectId").GetString() == "P-MOBHA").GetProperty("name").GetString());

        var report = await host.Client.GetPortfolioAsync(new GetPortfolioRequest { Period = Period.Of(2021, 10) });
        Assert.Equal(4, report.Totals.MilestoneRiskProjects);
        var movedMilestone = Assert.Single(report.MovedMilestones);
        Assert.Equal(("2022-04-30", "2022-06-01"), (movedMilestone.BaselineDate, movedMilestone.DueDate));
        Assert.Equal(["P-EUD", "P-MET", "P-MOBHA", "P-SMARTTLF-STO"], movedMilestone.ProjectsAtRisk);
        Assert.Equal(["Helseplattformen PD1", "End User Device", "Den mobile helsearbeider i HNT og HMR"],
            report.Projects.Single(p => p.ProjectId == "P-MOBHA").MilestoneChain.Links.Select(l => l.Name));

        // Back on its baseline, nothing is at risk any more; the move back is announced, with no one at risk.
        await host.PushAsync([Pd1("2022-04-30")]);
        var payloads = await host.Service.OutboxPayloadsAsync("MilestoneMoved");
        Assert.Equal(2, payloads.Count);
        Assert.Equal(0, JsonDocument.Parse(payloads[1]).RootElement.GetProperty("projectsAtRisk").GetArrayLength());
        Assert.Equal(0, (await host.Client.GetPortfolioAsync(new GetPortfolioRequest { Period = Period.Of(2021, 10) })).Totals.MilestoneRiskProjects);
    }

    [Fact]
    public async Task A_milestone_of_an_unknown_project_or_one_that_closes_a_cycle_is_refused()
    {
        await host.PushSeedAsync();

        var unknown = await GrpcErrors.RefusalOf(() => host.PushAsync([
            new Milestone { MilestoneId = "M-UKJENT", Name = "Ukjent prosjekts milepæl", ProjectId = "P-FINNES-IKKE", DueDate = "2022-01-31" },
        ]));
        Assert.Equal(StatusCode.InvalidArgument, unknown.Code);
        Assert.Equal(("milestones[0].project_id", "row 1: P-FINNES-IKKE is not a known project; push the project first (import projects)"), Assert.Single(unknown.Violations));

        // P-MET depends on HP-PD1; making HP-PD1 a milestone of P-SMARTTLF-STO (which depends on P-MET) closes a loop.
        var cycle = await GrpcErrors.RefusalOf(() => host.PushAsync([
            new Milestone { MilestoneId = "HP-PD1", Name = "Helseplattformen PD1", ProjectId = "P-SMARTTLF-STO", DueDate = "2022-04-30" },
        ]));
        Assert.Equal(StatusCode.InvalidArgument, cycle.Code);
        Assert.Contains("P-MET → HP-PD1 (P-SMARTTLF-STO)", Assert.Single(cycle.Violations).Description);
    }
}
