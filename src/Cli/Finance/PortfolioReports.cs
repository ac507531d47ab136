using Hemit.Cli.Output;
using Hemit.Contracts.Finance.V1;
using static Hemit.Cli.Finance.FinanceReportFormats;

namespace Hemit.Cli.Finance;

/// <summary>The investment portfolio and the cost-optimisation measures as the status report shows them, in the order pushed.</summary>
public static class PortfolioReports
{
    public static ReportTable Investments(GetInvestmentPortfolioResponse portfolio)
    {
        var right = ColumnAlignment.Right;
        var year = portfolio.Year;
        var report = new ReportTable($"Prosjekt og investeringer {year} - i hele tusen kr.",
        [
            new ReportColumn("portfolio", "Portefølje") { IsCode = true },
            new ReportColumn("item", "Tiltak / programområde"),
            new ReportColumn("long_term_budget", $"LTB {year}", right, Thousands) { DropOrder = 5 },
            new ReportColumn("budget", $"Budsjett {year}", right, Thousands),
            new ReportColumn("spent_to_date", "Påløpt", right, Thousands) { DropOrder = 2 },
            new ReportColumn("consumption_percent", "Forbruk", right, WholePercent) { DropOrder = 3 },
            new ReportColumn("forecast", "Prognose", right, Thousands) { DropOrder = 1 },
            new ReportColumn("reported_each_tertial", "Over 100 MNOK", Display: Tertial) { DropOrder = 4 },
            new ReportColumn("items", "Antall") { InTable = false },
            new ReportColumn("items_with_spend", "Med påløpt") { InTable = false },
            new ReportColumn("items_with_forecast", "Med prognose") { InTable = false },
        ]);
        foreach (var line in portfolio.Lines)
        {
            var name = line.IsSum
                ? $"{line.Item} {(line.Portfolio == InvestmentPortfolio.Infrastructure ? "infrastruktur" : "programområder")}"
                : line.Item;
            report.AddRow(line.IsSum,
                line.Portfolio == InvestmentPortfolio.Infrastructure ? "infrastructure" : "programme_areas",
                name, Nok(line.LongTermBudget), Nok(line.Budget),
                Covered(line, Nok(line.SpentToDate), line.ItemsWithSpend),
                Covered(line, line.HasConsumptionPercent ? line.ConsumptionPercent : null, line.ItemsWithSpend),
                Covered(line, Nok(line.Forecast), line.ItemsWithForecast),
                line.IsSum ? null : line.ReportedEachTertial,
                line.IsSum ? line.Items : null, line.IsSum ? line.ItemsWithSpend : null, line.IsSum ? line.ItemsWithForecast : null);
        }

        report.Notes.Add("Over 100 MNOK: rapporteres til eier hvert tertial.");
        if (portfolio.Lines.Any(l => l.IsSum && (l.ItemsWithSpend < l.Items || l.ItemsWithForecast < l.Items)))
        {
            report.Notes.Add("Påløpt, forbruk og prognose i en totalsum gjelder bare tiltakene som har tallet (\"2 av 5\"); forbruk er påløpt mot de samme tiltakenes budsjett.");
        }

        return report;
    }

    /// <summary>A total over some items only says how many it covers; a total over none is left blank.</summary>
    private static object? Covered(InvestmentLine line, object? value, int covered) =>
        !line.IsSum || value is null ? value : new PartialFigure(value, covered, line.Items);

    private static string Tertial(object? value) => value is true ? "ja" : value is false ? "nei" : string.Empty;

    public static ReportTable CostMeasures(GetCostMeasuresResponse measures)
    {
        var right = ColumnAlignment.Right;
        var report = new ReportTable($"Kostnadsoptimalisering {measures.Year} - forventet gevinst i hele tusen kr.",
        [
            new ReportColumn("activity", "Aktivitet"),
            new ReportColumn("status", "Status") { DropOrder = 4 },
            new ReportColumn("gain", "Forventet gevinst") { DropOrder = 3 },
            new ReportColumn("expected_gain_low", "Fra", right, Thousands),
            new ReportColumn("expected_gain_high", "Til", right, Thousands),
            new ReportColumn("next_step", "Neste steg") { DropOrder = 5 },
        ]);
        foreach (var line in measures.Measures)
        {
            var m = line.Measure;
            var gain = m.GainUnit switch
            {
                GainUnit.Nok => $"{Thousands(Nok(m.GainLow))}-{Thousands(Nok(m.GainHigh))}",
                GainUnit.Percent => m.GainLowBasisPoints == m.GainHighBasisPoints
                    ? BudgetReports.PercentText(m.GainLowBasisPoints)
                    : $"{BudgetReports.PercentText(m.GainLowBasisPoints)[..^2]}-{BudgetReports.PercentText(m.GainHighBasisPoints)}",
                _ => "Usikker",
            };
            report.AddRow(m.Activity, m.Status, gain, Nok(line.ExpectedGainLow), Nok(line.ExpectedGainHigh), m.NextStep);
        }

        var estimated = measures.Measures.Count - measures.UncertainMeasures;
        report.AddRow(true, "Sum", string.Empty, $"{measures.UncertainMeasures} usikre",
            new PartialFigure(Nok(measures.TotalGainLow), estimated, measures.Measures.Count),
            new PartialFigure(Nok(measures.TotalGainHigh), estimated, measures.Measures.Count), string.Empty);
        if (measures.UncertainMeasures > 0)
        {
            report.Notes.Add($"Summen gjelder {estimated} av {measures.Measures.Count} tiltak; {measures.UncertainMeasures} er usikre og uten anslag.");
        }

        return report;
    }
}
