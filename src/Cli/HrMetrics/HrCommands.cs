using System.CommandLine;
using Hemit.Cli.Closing;
using Hemit.Cli.Connection;
using Hemit.Cli.Importing;
using Hemit.Contracts.HrMetrics.V1;

namespace Hemit.Cli.HrMetrics;

/// <summary><c>hemit hr …</c>: import HR aggregates and read section 2 "Organisatoriske forhold".</summary>
public static class HrCommands
{
    internal static readonly ServiceConnection<HrMetricsService.HrMetricsServiceClient> Service = new("hrmetrics", channel => new(channel));

    public static Command Create()
    {
        var import = new Command("import", "Push HR aggregates (no names, identity numbers or diagnoses; units by code)")
        {
            ImportCommand.Create(Service, "sick-leave", $"Sick leave per unit and month; CSV header {HrImportFiles.SickLeave.Describe()}",
                HrImportFiles.SickLeave, HrImportFiles.ToSickLeave, (client, ct) => client.ImportSickLeave(cancellationToken: ct)),
            ImportCommand.Create(Service, "working-time-violations",
                $"Working-time violations per month, unit, rule and cause; CSV header {HrImportFiles.WorkingTimeViolations.Describe()}",
                HrImportFiles.WorkingTimeViolations, HrImportFiles.ToWorkingTimeViolation,
                (client, ct) => client.ImportWorkingTimeViolations(cancellationToken: ct)),
            ImportCommand.Create(Service, "staffing",
                $"Staffing per month and category, with starters and leavers; CSV header {HrImportFiles.Staffing.Describe()}",
                HrImportFiles.Staffing, HrImportFiles.ToStaffing, (client, ct) => client.ImportStaffing(cancellationToken: ct)),
        };

        return new Command("hr", "HR metrics: sick leave, working-time violations, staffing, turnover, indicators")
        {
            import,
            SickLeaveCommand.Create(),
            WorkingTimeCommand.Create(),
            StaffingCommand.Create(),
            TurnoverCommand.Create(),
            IndicatorsCommand.Create(),
            ClosePeriodCommand.Create(Service, (client, request, ct) => client.ClosePeriodAsync(request, cancellationToken: ct)),
            ReopenPeriodCommand.Create(Service, (client, request, ct) => client.ReopenPeriodAsync(request, cancellationToken: ct)),
        };
    }
}
