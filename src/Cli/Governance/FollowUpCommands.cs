using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary><c>hemit governance assignments|indicators|risks|audits|calendar</c>: the owner's follow-up.</summary>
public static class FollowUpCommands
{
    internal static readonly Connection.ServiceConnection<OwnerAssignmentService.OwnerAssignmentServiceClient> Assignments = new("governance", channel => new(channel));
    private static readonly Connection.ServiceConnection<RiskAndAuditService.RiskAndAuditServiceClient> RisksAndAudits = new("governance", channel => new(channel));

    public static IEnumerable<Command> Create() =>
    [
        YearReportCommand.Create(Assignments, "assignments", "Oppdrag og bestilling: the owner's assignments, status, risk, overdue",
            async (client, _, year, ct) => FollowUpReports.Assignments(year,
                (await client.ListAssignmentsAsync(new ListAssignmentsRequest { Year = year }, cancellationToken: ct)).Assignments)),
        YearReportCommand.Create(Assignments, "indicators", "The owner's indicators, computed now by HR metrics",
            async (client, _, year, ct) => FollowUpReports.Indicators(year,
                (await client.GetIndicatorsAsync(new GetOwnerIndicatorsRequest { Year = year }, cancellationToken: ct)).Indicators)),
        TertialCommand("risks", "Topp ti risiko with trend and the 5x5 matrix", async (parseResult, tertial, ct) =>
            FollowUpReports.Risks(await RisksAndAudits.CallAsync(parseResult, async client =>
                await client.GetRiskRegisterAsync(new GetRiskRegisterRequest { Tertial = tertial }, cancellationToken: ct)))),
        TertialCommand("audits", "Tilsyn og revisjoner notified, ongoing or closed in the tertial", async (parseResult, tertial, ct) =>
            [FollowUpReports.Audits(await RisksAndAudits.CallAsync(parseResult, async client =>
                await client.ListAuditsAsync(new ListAuditsRequest { Tertial = tertial }, cancellationToken: ct)))]),
        Calendar(),
    ];

    private static Command TertialCommand(string name, string description, Func<ParseResult, string, CancellationToken, Task<IReadOnlyList<ReportTable>>> fetch)
    {
        var tertial = new Option<string>("--tertial", "-t") { Description = "YYYY-T1, -T2 or -T3", Required = true };
        var command = new Command(name, description) { tertial };
        command.SetAction(async (parseResult, ct) =>
        {
            var reports = await fetch(parseResult, parseResult.GetValue(tertial)!, ct);
            ReportWriter.ForConsole(parseResult).Write(reports, parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }

    private static Command Calendar()
    {
        var asOf = new Option<string?>("--as-of") { Description = "Judge deadlines on this day, YYYY-MM-DD (default: today)" };
        return YearReportCommand.Create(RisksAndAudits, "calendar", "Rapporteringskalender: what the owner requires, what is due next, what is late",
            async (client, parseResult, year, ct) => FollowUpReports.Calendar(await client.GetReportingCalendarAsync(
                new GetReportingCalendarRequest { Year = year, AsOf = parseResult.GetValue(asOf) ?? string.Empty }, cancellationToken: ct)),
            asOf);
    }
}
