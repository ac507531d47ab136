using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Cli.Projects;

/// <summary><c>hemit projects benefits --year YYYY</c>: expected and realised benefits (gevinster) for the tertial report.</summary>
public static class BenefitsCommand
{
    public static Command Create() => YearReportCommand.Create(ProjectsCommands.Service, "benefits",
        "Expected and realised benefits per project or measure, and realised against expected per unit",
        async (client, _, year, ct) => Tables(await client.GetBenefitsAsync(new GetBenefitsRequest { Year = year }, cancellationToken: ct)));

    public static IReadOnlyList<ReportTable> Tables(GetBenefitsResponse response)
    {
        var benefits = new ReportTable($"Gevinster {response.Year}", [
            new ReportColumn("benefit_id", "Id") { IsCode = true },
            new ReportColumn("source", "Prosjekt eller tiltak"),
            new ReportColumn("description", "Gevinst") { DropOrder = 1 },
            new ReportColumn("unit", "Enhet", Display: ProjectNames.Unit.Name),
            new ReportColumn("expected", "Forventet", ColumnAlignment.Right),
            new ReportColumn("realised", "Realisert", ColumnAlignment.Right),
            new ReportColumn("realised_percent", "Andel", ColumnAlignment.Right, DisplayFormats.Percent(0)),
            new ReportColumn("status", "Status", Display: ProjectNames.Status.Name) { DropOrder = 2 },
        ]);
        foreach (var b in response.Benefits)
        {
            benefits.AddRow(b.BenefitId, b.Source, b.Description, ProjectNames.Unit.Code(b.Unit), b.Expected.ToDecimal(),
                MissingFigure.Or(b.Realised?.ToDecimal()), b.RealisedPercent?.ToDecimal(), ProjectNames.Status.Code(b.Status));
        }

        var totals = new ReportTable($"Gevinster {response.Year} samlet", [
            new ReportColumn("unit", "Enhet", Display: ProjectNames.Unit.Name),
            new ReportColumn("expected", "Forventet", ColumnAlignment.Right),
            new ReportColumn("benefits", "Antall", ColumnAlignment.Right),
            new ReportColumn("measured", "Målt", ColumnAlignment.Right),
            new ReportColumn("expected_of_measured", "Forventet av målte", ColumnAlignment.Right),
            new ReportColumn("realised", "Realisert", ColumnAlignment.Right),
            new ReportColumn("realised_percent", "Andel", ColumnAlignment.Right, DisplayFormats.Percent(0)),
            new ReportColumn("status", "Status", Display: ProjectNames.Status.Name),
        ]);
        foreach (var t in response.Totals)
        {
            totals.AddRow(ProjectNames.Unit.Code(t.Unit), t.Expected.ToDecimal(), t.Benefits, t.Measured, t.ExpectedOfMeasured.ToDecimal(),
                MissingFigure.Or(t.Realised?.ToDecimal()), t.RealisedPercent?.ToDecimal(), ProjectNames.Status.Code(t.Status));
        }

        totals.Notes.Add("Andel = realisert / forventet for gevinstene som er målt; de som ikke er målt ennå, telles ikke som urealisert.");
        return [benefits, totals];
    }
}
