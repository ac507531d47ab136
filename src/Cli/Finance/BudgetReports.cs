using System.Globalization;
using Hemit.Cli.Output;
using Hemit.Contracts.Finance.V1;
using static Hemit.Cli.Finance.FinanceReportFormats;

namespace Hemit.Cli.Finance;

/// <summary>The budget case's tables: per category ("Tabell 1") and per tjenesteområde, step by step through the flat cut.</summary>
public static class BudgetReports
{
    public static ReportTable Categories(GetCategoryBudgetResponse budget)
    {
        var right = ColumnAlignment.Right;
        var report = new ReportTable($"Budsjett {budget.BudgetYear} - i hele tusen kr.",
        [
            new ReportColumn("category", "Kode") { IsCode = true },
            new ReportColumn("name", "Budsjett"),
            new ReportColumn("previous_budget", $"Budsjett {budget.BudgetYear - 1}", right, Thousands) { DropOrder = 2 },
            new ReportColumn("previous_forecast", $"Prognose {budget.BudgetYear - 1}", right, Thousands) { DropOrder = 1 },
            new ReportColumn("budget", $"Budsjett {budget.BudgetYear}", right, Thousands),
        ]);
        foreach (var line in budget.Lines)
        {
            report.AddRow(line.IsSum, line.Code, line.Name, Nok(line.PreviousBudget), Nok(line.PreviousForecast), Nok(line.Budget));
        }

        return report;
    }

    /// <summary>
    /// Seed Sak 10/21: the areas' original proposal, the flat cut of 1,5 % ("13,6 mill kr lavere inndekning"), the
    /// adjustments decided afterwards (LØ +1,5 mill, Ny AMK +2,1 mill), and Budsjett 2022 after all of them.
    /// </summary>
    public static ReportTable ServiceAreas(GetServiceAreaBudgetResponse budget)
    {
        var right = ColumnAlignment.Right;
        var year = budget.BudgetYear;
        var cut = PercentText(budget.CutBasisPoints);
        var report = new ReportTable($"Tjenesteområder, budsjett {year} - i hele tusen kr.",
        [
            new ReportColumn("area", "Kode") { IsCode = true },
            new ReportColumn("name", "Tjenesteområde"),
            new ReportColumn("previous_budget", $"Budsjett {year - 1}", right, Thousands) { DropOrder = 7 },
            new ReportColumn("previous_forecast", $"Prognose {year - 1}", right, Thousands) { DropOrder = 6 },
            new ReportColumn("long_term_budget", $"LTB {year}", right, Thousands) { DropOrder = 5 },
            new ReportColumn("original_proposal", "Opprinnelig forslag", right, Thousands) { DropOrder = 3 },
            new ReportColumn("efficiency_saving", $"Flatt kutt {cut}", right, Thousands) { DropOrder = 2 },
            new ReportColumn("budget_after_cut", "Etter kutt", right, Thousands) { DropOrder = 8 },
            new ReportColumn("adjustments_total", "Justering", right, Thousands) { DropOrder = 4 },
            new ReportColumn("budget", $"Budsjett {year}", right, Thousands),
        ]);
        foreach (var line in budget.Lines)
        {
            report.AddRow(line.IsSum, line.Code, line.Name, Nok(line.PreviousBudget), Nok(line.PreviousForecast),
                Nok(line.LongTermBudget), Nok(line.OriginalProposal), Nok(line.EfficiencySaving), Nok(line.BudgetAfterCut),
                Nok(line.AdjustmentsTotal), Nok(line.Budget));
        }

        var total = budget.Lines.Single(l => l.IsSum);
        report.Notes.Add(budget.CutBasisPoints == 0
            ? "Ingen flat effektivisering er lagt inn."
            : $"Flat effektivisering {cut} av opprinnelig forslag på alle tjenesteområder med positivt forslag: " +
              $"samlet innsparing {Millions(Nok(total.EfficiencySaving) ?? 0m)} mill kr.");
        foreach (var line in budget.Lines.Where(l => l.Adjustments.Count > 0))
        {
            foreach (var adjustment in line.Adjustments)
            {
                var amount = Nok(adjustment.Amount) ?? 0m;
                report.Notes.Add($"Justering etter kuttet, {line.Name}: {(amount < 0 ? "−" : "+")}{Millions(Math.Abs(amount))} mill kr, {adjustment.Reason}.");
            }
        }

        report.Notes.Add($"Budsjett {year} = opprinnelig forslag − flatt kutt + justeringer.");
        return report;
    }

    /// <summary>150 hundredths of a percent → "1,5 %".</summary>
    public static string PercentText(int basisPoints) =>
        (basisPoints / 100m).ToString("0.##", NumberFormatInfo.InvariantInfo).Replace('.', ',') + " %";

    /// <summary>Millions of NOK with one decimal and a decimal comma, as the board paper writes them: 13 643 284 → "13,6".</summary>
    public static string Millions(decimal nok) =>
        DisplayFormats.Fixed(1)(Math.Round(nok / 1_000_000m, 1, MidpointRounding.AwayFromZero));
}
