using Hemit.Cli.Output;
using Hemit.Contracts.Finance.V1;
using static Hemit.Cli.Finance.FinanceReportFormats;

namespace Hemit.Cli.Finance;

/// <summary>The budget case's tables: per category ("Tabell 1") and per tjenesteområde with the efficiency cut.</summary>
public static class BudgetReports
{
    public static ReportTable Categories(GetCategoryBudgetResponse budget)
    {
        var right = ColumnAlignment.Right;
        var report = new ReportTable($"Budsjett {budget.BudgetYear} - i hele tusen kr.",
        [
            new ReportColumn("category", "Kode"),
            new ReportColumn("name", "Budsjett"),
            new ReportColumn("previous_budget", $"Budsjett {budget.BudgetYear - 1}", right, Thousands),
            new ReportColumn("previous_forecast", $"Prognose {budget.BudgetYear - 1}", right, Thousands),
            new ReportColumn("budget", $"Budsjett {budget.BudgetYear}", right, Thousands),
        ]);
        foreach (var line in budget.Lines)
        {
            report.AddRow(line.IsSum, line.Code, line.Name, Nok(line.PreviousBudget), Nok(line.PreviousForecast), Nok(line.Budget));
        }

        return report;
    }

    public static ReportTable ServiceAreas(GetServiceAreaBudgetResponse budget)
    {
        var right = ColumnAlignment.Right;
        var year = budget.BudgetYear;
        var report = new ReportTable($"Tjenesteområder, budsjett {year} - i hele tusen kr.",
        [
            new ReportColumn("area", "Kode"),
            new ReportColumn("name", "Tjenesteområde"),
            new ReportColumn("previous_budget", $"Budsjett {year - 1}", right, Thousands),
            new ReportColumn("previous_forecast", $"Prognose {year - 1}", right, Thousands),
            new ReportColumn("long_term_budget", $"LTB {year}", right, Thousands),
            new ReportColumn("budget", $"Budsjett {year} før kutt", right, Thousands),
            new ReportColumn("efficiency_saving", "Innsparing", right, Thousands),
            new ReportColumn("budget_after_cut", $"Budsjett {year}", right, Thousands),
        ]);
        foreach (var line in budget.Lines)
        {
            report.AddRow(line.IsSum, line.Code, line.Name, Nok(line.PreviousBudget), Nok(line.PreviousForecast),
                Nok(line.LongTermBudget), Nok(line.Budget), Nok(line.EfficiencySaving), Nok(line.BudgetAfterCut));
        }

        report.Notes.Add(budget.CutBasisPoints == 0
            ? "Ingen flat effektivisering er lagt inn."
            : $"Flat effektivisering {budget.CutBasisPoints / 100m:0.##} % på alle tjenesteområder med positivt budsjett.");
        return report;
    }
}
