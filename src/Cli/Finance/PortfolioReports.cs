using Hemit.Cli.Output;
using Hemit.Contracts.Finance.V1;
using static Hemit.Cli.Finance.FinanceReportFormats;

namespace Hemit.Cli.Finance;

/// <summary>The investment portfolio and the cost-optimisation measures as the status report shows them.</summary>
public static class PortfolioReports
{
    public static ReportTable Investments(GetInvestmentPortfolioResponse portfolio)
    {
        var right = ColumnAlignment.Right;
        var year = portfolio.Year;
        var report = new ReportTable($"Prosjekt og investeringer {year} - i hele tusen kr.",
        [
            new ReportColumn("portfolio", "Portefølje"),
            new ReportColumn("item", "Tiltak / programområde"),
            new ReportColumn("long_term_budget", $"LTB {year}", right, Thousands),
            new ReportColumn("budget", $"Budsjett {year}", right, Thousands),
            new ReportColumn("spent_to_date", "Påløpt", right, Thousands),
            new ReportColumn("consumption_percent", "Forbruk", right, WholePercent),
            new ReportColumn("forecast", "Prognose", right, Thousands),
            new ReportColumn("reported_each_tertial", "Tertialrapporteres (> 100 MNOK)"),
        ]);
        foreach (var line in portfolio.Lines)
        {
            report.AddRow(line.IsSum,
                line.Portfolio == InvestmentPortfolio.Infrastructure ? "infrastructure" : "programme_areas",
                line.Item, Nok(line.LongTermBudget), Nok(line.Budget), Nok(line.SpentToDate),
                line.HasConsumptionPercent ? line.ConsumptionPercent : null, Nok(line.Forecast),
                line.IsSum ? null : line.ReportedEachTertial);
        }

        return report;
    }

    public static ReportTable CostMeasures(GetCostMeasuresResponse measures)
    {
        var right = ColumnAlignment.Right;
        var report = new ReportTable($"Kostnadsoptimalisering {measures.Year} - forventet gevinst i hele tusen kr.",
        [
            new ReportColumn("activity", "Aktivitet"),
            new ReportColumn("status", "Status"),
            new ReportColumn("gain", "Forventet gevinst"),
            new ReportColumn("expected_gain_low", "Fra", right, Thousands),
            new ReportColumn("expected_gain_high", "Til", right, Thousands),
            new ReportColumn("next_step", "Neste steg"),
        ]);
        foreach (var line in measures.Measures)
        {
            var m = line.Measure;
            var gain = m.GainUnit switch
            {
                GainUnit.Nok => $"{Thousands(Nok(m.GainLow))}-{Thousands(Nok(m.GainHigh))}",
                GainUnit.Percent => m.GainLowBasisPoints == m.GainHighBasisPoints
                    ? $"{m.GainLowBasisPoints / 100m:0.##} %"
                    : $"{m.GainLowBasisPoints / 100m:0.##}-{m.GainHighBasisPoints / 100m:0.##} %",
                _ => "Usikker",
            };
            report.AddRow(m.Activity, m.Status, gain, Nok(line.ExpectedGainLow), Nok(line.ExpectedGainHigh), m.NextStep);
        }

        report.AddRow(true, "Sum", string.Empty, $"{measures.UncertainMeasures} usikre", Nok(measures.TotalGainLow), Nok(measures.TotalGainHigh), string.Empty);
        return report;
    }
}
