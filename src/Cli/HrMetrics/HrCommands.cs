using System.CommandLine;
using Hemit.Cli.Connection;
using Hemit.Cli.Importing;
using Hemit.Contracts.HrMetrics.V1;

namespace Hemit.Cli.HrMetrics;

/// <summary><c>hemit hr …</c>: import HR aggregates and read section 2 "Organisatoriske forhold".</summary>
public static class HrCommands
{
    public static Command Create()
    {
        var import = new Command("import", "Push HR aggregates (no names, identity numbers or diagnoses; units by code)")
        {
            ImportCommand("sick-leave", "Sick leave per unit and month", HrImportFiles.SickLeave, HrImportFiles.ToSickLeave,
                (client, ct) => client.ImportSickLeave(cancellationToken: ct)),
            ImportCommand("working-time-violations", "Working-time violations per month, unit, rule and cause",
                HrImportFiles.WorkingTimeViolations, HrImportFiles.ToWorkingTimeViolation,
                (client, ct) => client.ImportWorkingTimeViolations(cancellationToken: ct)),
            ImportCommand("staffing", "Staffing per month and category, with starters and leavers",
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
        };
    }

    private static Command ImportCommand<TMessage>(
        string name,
        string description,
        ImportFileLayout layout,
        Func<CsvRow, TMessage> toMessage,
        Func<HrMetricsService.HrMetricsServiceClient, CancellationToken, Grpc.Core.AsyncClientStreamingCall<TMessage, Contracts.Common.V1.ImportSummary>> startCall)
        where TMessage : class
    {
        var file = new Argument<FileInfo>("file") { Description = $"CSV file with header {layout.Describe()}" };
        var command = new Command(name, $"{description}; CSV header {layout.Describe()}") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var channel = GrpcChannels.ForService("hrmetrics", parseResult.GetValue(CommonOptions.Url));
            var client = new HrMetricsService.HrMetricsServiceClient(channel);
            return await CsvImporter.ImportAsync(parseResult.GetValue(file)!, layout, toMessage,
                ct => startCall(client, ct), parseResult.GetValue(CommonOptions.Format), cancellationToken);
        });
        return command;
    }
}
