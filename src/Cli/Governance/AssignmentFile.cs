using System.CommandLine;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary>
/// <c>hemit governance import assignments FILE</c>: the owner's assignments from the year's commissioning document as
/// CSV (code,title,role and optionally text, goal_area, deadline, per_tertial, annual_report); all saved or none.
/// </summary>
public static class AssignmentFile
{
    public static readonly ImportFileLayout Layout =
        new(["code", "title", "role"], ["text", "goal_area", "deadline", "per_tertial", "annual_report"]);

    public static OwnerAssignment ToAssignment(CsvRow row) => new()
    {
        Code = row.Text("code"),
        Title = row.Text("title"),
        Role = row.Text("role").ToLowerInvariant() switch
        {
            "leads" or "leder" => HemitRole.Leads,
            "contributes" or "bidrar" => HemitRole.Contributes,
            var other => row.Refuse("role", $"'{other}' is neither leads (leder) nor contributes (bidrar)", HemitRole.Unspecified),
        },
        Text = row.OptionalText("text") ?? string.Empty,
        GoalArea = row.OptionalText("goal_area") ?? string.Empty,
        Deadline = row.OptionalText("deadline") ?? string.Empty,
        ReportedPerTertial = YesNo(row, "per_tertial"),
        ReportedInAnnualReport = YesNo(row, "annual_report"),
    };

    public static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = $"CSV file with header {Layout.Describe()}; role is leads or contributes; UTF-8" };
        var command = new Command("assignments", "Oppdrag og bestilling: create or replace the owner's assignments; one bad row refuses the file") { file };
        command.SetAction(async (parseResult, ct) =>
        {
            var (assignments, problems) = CsvImporter.Read(parseResult.GetValue(file)!, Layout, ToAssignment);
            if (problems.Count > 0)
            {
                CsvImporter.WriteRejections(parseResult.GetValue(file), problems, "nothing sent");
                return 1;
            }

            var saved = await FollowUpCommands.Assignments.CallAsync(parseResult, async client =>
                await client.SaveAssignmentsAsync(new SaveAssignmentsRequest { Assignments = { assignments } }, cancellationToken: ct));
            var table = new ReportTable($"Import av {parseResult.GetValue(file)!.Name}", [
                new ReportColumn("created", "Nye", ColumnAlignment.Right),
                new ReportColumn("updated", "Oppdatert", ColumnAlignment.Right),
            ]).AddRow(saved.Created, saved.Updated);
            ReportWriter.ForConsole(parseResult).Write(table, parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }

    private static bool YesNo(CsvRow row, string field) => row.OptionalText(field)?.ToLowerInvariant() switch
    {
        null or "nei" or "no" or "false" => false,
        "ja" or "yes" or "true" => true,
        var other => row.Refuse(field, $"'{other}' is neither ja nor nei", false),
    };
}
