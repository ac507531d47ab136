using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.HrMetrics.V1;
using static Hemit.Cli.HrMetrics.HrFormats;

namespace Hemit.Cli.HrMetrics;

/// <summary><c>hemit hr staffing --year YYYY</c>: section 2.3 "Bemanningsutvikling", månedsverk and antall, totals from parts.</summary>
public static class StaffingCommand
{
    public static Command Create() =>
        YearReportCommand.Create(HrCommands.Service, "staffing",
            "Staffing per month: Sum månedsverk, Fast og midl ansatte, Vikarer og konsulenter; the same in headcount",
            async (client, _, year, ct) => Tables(await client.GetStaffingAsync(new GetStaffingRequest { Year = year }, cancellationToken: ct)));

    public static IReadOnlyList<ReportTable> Tables(GetStaffingResponse response)
    {
        // January to the last month with figures; a month in between without figures is missing, not 0.
        var through = response.Months.Count == 0 ? 0 : response.Months.Max(m => m.Month);
        var byMonth = response.Months.ToDictionary(m => m.Month);
        object?[] Row(string label, Func<StaffingMonth, object?> figure) =>
            [label, .. Enumerable.Range(1, through).Select(month => byMonth.TryGetValue(month, out var m) ? figure(m) : MissingFigure.Value)];

        var fte = Table($"{response.Year} Månedsverk", through, OneDecimal);
        fte.AddRow(true, Row("Sum månedsverk", m => Value(m.TotalFteMonths)));
        fte.AddRow(Row("Fast og midl ansatte", m => Value(m.EmployedFteMonths)));
        fte.AddRow(Row("Vikarer og konsulenter", m => Value(m.ContractedFteMonths)));
        fte.Notes.Add("Fast og midl ansatte: sum av betalte stillingsandeler. Vikarer og konsulenter: betalte timer regnet om til måneder.");

        var headcount = Table($"{response.Year} Antall", through);
        headcount.AddRow(true, Row("Sum bemanning", m => m.TotalHeadcount));
        headcount.AddRow(Row("Fast og midl ansatte", m => m.EmployedHeadcount));
        headcount.AddRow(Row("Vikarer og konsulenter", m => m.ContractedHeadcount));
        headcount.Notes.Add("Summene er alltid summen av linjene under dem.");
        foreach (var month in response.Months.Where(m => m.MissingCategories.Count > 0))
        {
            headcount.Notes.Add($"{Month(month.Month)}: mangler tall for {string.Join(", ", month.MissingCategories.Select(HrCodes.Categories.Name))} (ikke med i summene).");
        }

        return [fte, headcount];
    }

    private static ReportTable Table(string title, int through, Func<object?, string>? display = null)
    {
        var columns = new List<ReportColumn> { new("line", title) };
        columns.AddRange(Enumerable.Range(1, through).Select(month => MonthColumn(month, display)));
        return new ReportTable(title, columns);
    }
}
