using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Cli.Projects;

/// <summary>
/// <c>hemit projects snapshots take|list|show|compare</c>: portfolio reports frozen when taken, so a board paper
/// always shows what it showed, and what changed between two of them.
/// </summary>
public static class SnapshotCommands
{
    public static Command Create()
    {
        var takePeriod = PeriodOption.Create("The reporting month to freeze, YYYY-MM");
        var label = new Option<string?>("--label") { Description = "What the snapshot is for, e.g. \"Styremøte 19.11.2021\"" };
        var take = new Command("take", "Freeze the month's portfolio report as it is now") { takePeriod, label };
        take.SetAction(async (parseResult, ct) =>
        {
            var request = new TakeSnapshotRequest { Period = PeriodOption.Read(parseResult, takePeriod), Label = parseResult.GetValue(label) ?? string.Empty };
            var snapshot = await ProjectsCommands.Service.CallAsync(parseResult, async client => await client.TakeSnapshotAsync(request, cancellationToken: ct));
            ReportWriter.ForConsole(parseResult).Write(Headers("Øyeblikksbilde tatt", [Header(snapshot)]), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });

        var listPeriod = new Option<string?>("--period", "-p") { Description = "Only this month's snapshots, YYYY-MM" };
        var list = new Command("list", "Snapshots taken, oldest first") { listPeriod };
        list.SetAction(async (parseResult, ct) =>
        {
            var request = new ListSnapshotsRequest();
            if (parseResult.GetValue(listPeriod) is { } text)
            {
                request.Period = Contracts.Common.V1.Period.TryParse(text, out var month, out var reason) ? month : throw new CliException($"--period: {reason}");
            }

            var response = await ProjectsCommands.Service.CallAsync(parseResult, async client => await client.ListSnapshotsAsync(request, cancellationToken: ct));
            ReportWriter.ForConsole(parseResult).Write(Headers("Øyeblikksbilder av prosjektporteføljen", response.Snapshots), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });

        var id = new Argument<string>("snapshot-id") { Description = "The snapshot's id (see snapshots list)" };
        var show = new Command("show", "The portfolio report exactly as the snapshot froze it") { id };
        show.SetAction(async (parseResult, ct) =>
        {
            var snapshot = await ProjectsCommands.Service.CallAsync(parseResult, async client =>
                await client.GetSnapshotAsync(new GetSnapshotRequest { SnapshotId = parseResult.GetValue(id) }, cancellationToken: ct));
            ReportWriter.ForConsole(parseResult).Write(PortfolioCommand.Tables(snapshot.Portfolio), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });

        var from = new Argument<string>("from") { Description = "The earlier snapshot's id" };
        var to = new Argument<string>("to") { Description = "The later snapshot's id" };
        var compare = new Command("compare", "What changed between two snapshots: phase, status, forecast, planned end; projects added or removed") { from, to };
        compare.SetAction(async (parseResult, ct) =>
        {
            var response = await ProjectsCommands.Service.CallAsync(parseResult, async client => await client.CompareSnapshotsAsync(
                new CompareSnapshotsRequest { FromSnapshotId = parseResult.GetValue(from), ToSnapshotId = parseResult.GetValue(to) }, cancellationToken: ct));
            ReportWriter.ForConsole(parseResult).Write(Changes(response), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });

        return new Command("snapshots", "Frozen portfolio reports: take, list, show, compare") { take, list, show, compare };
    }

    private static SnapshotHeader Header(Snapshot snapshot) => new()
    {
        SnapshotId = snapshot.SnapshotId, Period = snapshot.Period, Label = snapshot.Label, TakenAt = snapshot.TakenAt, Projects = snapshot.Portfolio.Projects.Count,
    };

    public static ReportTable Headers(string title, IEnumerable<SnapshotHeader> snapshots)
    {
        var table = new ReportTable(title, [
            new ReportColumn("snapshot_id", "Id"),
            new ReportColumn("period", "Periode", Display: DisplayFormats.Period) { DropOrder = 2 },
            new ReportColumn("taken_at", "Tatt") { DropOrder = 1 },
            new ReportColumn("projects", "Prosjekter", ColumnAlignment.Right) { DropOrder = 3 },
            new ReportColumn("label", "Merknad") { DropOrder = 4 },
        ]);
        foreach (var s in snapshots)
        {
            table.AddRow(s.SnapshotId, s.Period.ToText(), s.TakenAt.ToDateTimeOffset(), s.Projects, s.Label);
        }

        return table;
    }

    /// <summary>Field codes (phase, forecast) as the table names them.</summary>
    private static string FieldName(object? code) => code switch
    {
        "added" => "ny i porteføljen",
        "removed" => "ute av porteføljen",
        "phase" => "Fase",
        "schedule_status" => "Fremdrift",
        "cost_status" => "Kostnad",
        "scope_status" => "Omfang",
        "forecast" => "Prognose",
        "planned_end" => "Planlagt slutt",
        _ => Convert.ToString(code) ?? string.Empty,
    };

    /// <summary>A before/after value as the table shows it: phases and colours by name, NOK in thousands, dates DD.MM.YYYY.</summary>
    private static string Value(string field, string value) => field switch
    {
        "phase" => ProjectNames.Phase.Name(value),
        "schedule_status" or "cost_status" or "scope_status" => ProjectNames.Colour.Name(value),
        "forecast" when decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var amount) => DisplayFormats.ThousandsOfNok(amount),
        "planned_end" => Dates.Board(value),
        _ => value,
    };

    public static ReportTable Changes(CompareSnapshotsResponse response)
    {
        var table = new ReportTable(
            $"Endringer fra {DisplayFormats.Period(response.From.Period.ToText())} ({response.From.Label}) til {DisplayFormats.Period(response.To.Period.ToText())} ({response.To.Label})",
            [
                new ReportColumn("project_id", "Id") { IsCode = true },
                new ReportColumn("name", "Prosjekt"),
                new ReportColumn("field", "Endring", Display: FieldName),
                new ReportColumn("before", "Før", Display: DisplayedAs.Shown),
                new ReportColumn("after", "Etter", Display: DisplayedAs.Shown),
            ]);
        foreach (var c in response.Changes)
        {
            table.AddRow(c.ProjectId, c.Name, c.Field, new DisplayedAs(c.Before, Value(c.Field, c.Before)), new DisplayedAs(c.After, Value(c.Field, c.After)));
        }

        if (response.Changes.Count == 0)
        {
            table.Notes.Add("Ingen endringer.");
        }

        return table;
    }
}

/// <summary>A cell whose exact value (csv, json) is a code and whose table text depends on its row (a changed field's value).</summary>
public sealed record DisplayedAs(string Exact, string Text)
{
    public static string Shown(object? value) => value is DisplayedAs cell ? cell.Text : DisplayFormats.Default(value);

    public override string ToString() => Exact;
}
