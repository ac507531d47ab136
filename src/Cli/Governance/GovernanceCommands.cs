using System.CommandLine;
using Hemit.Cli.Connection;
using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary><c>hemit governance …</c>: styring, and whether the board's monthly status report can be compiled.</summary>
public static class GovernanceCommands
{
    internal static readonly ServiceConnection<GovernanceService.GovernanceServiceClient> Service = new("governance", channel => new(channel));

    public static Command Create()
    {
        var command = new Command("governance", "Styring: board meetings, notices, minutes, owner's assignments, indicators, risks, audits, reporting")
        {
            CreateReadiness(),
            ReportCommand.Create(),
            MeetingCommands.Meetings(),
            MeetingCommands.Notice(),
            new Command("import", "Import the owner's assignments from a CSV file") { AssignmentFile.Import() },
        };
        foreach (var followUp in FollowUpCommands.Create().Concat(FollowUpEditCommands.Create()))
        {
            command.Subcommands.Add(followUp);
        }

        return command;
    }

    private static Command CreateReadiness()
    {
        var period = PeriodOption.Create();
        var command = new Command("readiness",
            "Rapportklar: which source services have closed the month, and whether its status report can be compiled")
        {
            period,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var month = PeriodOption.Read(parseResult, period);
            var readiness = await Service.CallAsync(parseResult, async client =>
                await client.GetReportReadinessAsync(new GetReportReadinessRequest { Period = month }, cancellationToken: cancellationToken));
            ReportWriter.ForConsole().Write(ReadinessReport.Build(readiness), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }
}
