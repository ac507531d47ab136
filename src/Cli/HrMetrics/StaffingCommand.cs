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
        var fte = Table($"{response.Year} Månedsverk", response, OneDecimal);
        fte.AddRow(true, ["Sum månedsverk", .. response.Months.Select(m => (object?)Value(m.TotalFteMonths))]);
        fte.AddRow(["Fast og midl ansatte", .. response.Months.Select(m => (object?)Value(m.EmployedFteMonths))]);
        fte.AddRow(["Vikarer og konsulenter", .. response.Months.Select(m => (object?)Value(m.ContractedFteMonths))]);
        fte.Notes.Add("Fast og midl ansatte: sum av betalte stillingsandeler. Vikarer og konsulenter: betalte timer regnet om til måneder.");

        var headcount = Table($"{response.Year} Antall", response);
        headcount.AddRow(true, ["Sum bemanning", .. response.Months.Select(m => (object?)m.TotalHeadcount)]);
        headcount.AddRow(["Fast og midl ansatte", .. response.Months.Select(m => (object?)m.EmployedHeadcount)]);
        headcount.AddRow(["Vikarer og konsulenter", .. response.Months.Select(m => (object?)m.ContractedHeadcount)]);
        headcount.Notes.Add("Summene er alltid summen av linjene under dem.");
        foreach (var month in response.Months.Where(m => m.MissingCategories.Count > 0))
        {
            headcount.Notes.Add($"{Month(month.Month)}: mangler tall for {string.Join(", ", month.MissingCategories.Select(CategoryName))} (ikke med i summene).");
        }

        return [fte, headcount];
    }

    private static string CategoryName(string code) => code switch
    {
        "permanent" => "fast ansatte",
        "temporary" => "midlertidig ansatte",
        "temp_agency" => "vikarer fra byrå",
        "consultant" => "innleide konsulenter",
        _ => code,
    };

    private static ReportTable Table(string title, GetStaffingResponse response, Func<object?, string>? display = null)
    {
        var columns = new List<ReportColumn> { new("line", title) };
        columns.AddRange(response.Months.Select(m => MonthColumn(m.Month, display)));
        return new ReportTable(title, columns);
    }
}
