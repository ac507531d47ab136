using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>Section 1 Økonomi from finance: the income statement's sum lines, result per month, investments, cost measures.</summary>
public sealed class FinanceSource(FinanceService.FinanceServiceClient client)
{
    public const string Name = "finance";

    private const string Budget = "Budsjett";

    public async Task<SourceContribution> CompileAsync(Period period, Func<CallOptions> call)
    {
        // The month's statement and every earlier month's, for the result per month against budget.
        var statements = Enumerable.Range(1, period.Month)
            .Select(month => client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = Period.Of(period.Year, month) }, call()).ResponseAsync)
            .ToList();
        var investments = client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = period.Year }, call()).ResponseAsync;
        var measures = client.GetCostMeasuresAsync(new GetCostMeasuresRequest { Year = period.Year }, call()).ResponseAsync;
        var months = await Task.WhenAll(statements);
        var contribution = new SourceContribution(Name);
        contribution.Answers.AddRange(months);
        contribution.Answers.Add(await investments);
        contribution.Answers.Add(await measures);

        var statement = months[^1];
        var figures = new Figures(Name, $"1.1 Resultat pr. {StatusReportSections.MonthName(period.Month)}");
        foreach (var line in statement.Lines.Where(l => l.IsSum))
        {
            var periodActual = HasActuals(statement) ? Figures.Value(line.Period.Actual) : null;
            figures.Add($"{line.Code}.period", $"{line.Name}, denne periode", Wire.FigureUnit.Nok, 0,
                periodActual, Figures.Value(line.Period.Budget), Budget, line.Period.WithinBudget);
            figures.Add($"{line.Code}.year_to_date", $"{line.Name}, hittil i år", Wire.FigureUnit.Nok, 0,
                statement.ActualsThrough is null ? null : Figures.Value(line.YearToDate.Actual), Figures.Value(line.YearToDate.Budget), Budget, line.YearToDate.WithinBudget);
            if (line.Code == "operating_result")
            {
                figures.Add($"{line.Code}.forecast", $"{line.Name}, årsprognose", Wire.FigureUnit.Nok, 0,
                    Figures.Value(line.Annual.Forecast), Figures.Value(line.Annual.Budget), "Årsbudsjett", line.Annual.WithinBudget);
            }
        }

        var result = months.Select(m => m.Lines.Single(l => l.Code == "operating_result")).ToList();
        var chart = Figures.Chart("result_by_month", $"Driftsresultat per måned {period.Year} mot budsjett", Wire.FigureUnit.Nok, 0, bars: true,
            Enumerable.Range(1, period.Month).Select(StatusReportSections.ShortMonthName),
            Figures.Series($"Faktisk {period.Year}", months.Select((m, i) => HasActuals(m) ? Figures.Value(result[i].Period.Actual) : null)),
            Figures.Series(Budget, result.Select(r => Figures.Value(r.Period.Budget)), reference: true));

        var portfolio = figures.Group("1.2 Prosjekt og investeringer");
        foreach (var total in (await investments).Lines.Where(l => l.IsSum))
        {
            portfolio.Add($"investments.{total.Portfolio.ToString().ToLowerInvariant()}.spent_to_date", $"{PortfolioName(total.Portfolio)}: påløpt hittil i år",
                Wire.FigureUnit.Nok, 0, Figures.Value(total.SpentToDate), Figures.Value(total.Budget), Budget, met: null);
        }

        var gains = await measures;
        if (gains.Measures.Count > 0)
        {
            figures.Group("1.3 Kostnadsoptimalisering")
                .Add("cost_measures.gain_low", "Forventet gevinst av tiltakene, lav", Wire.FigureUnit.Nok, 0, Figures.Value(gains.TotalGainLow))
                .Add("cost_measures.gain_high", "Forventet gevinst av tiltakene, høy", Wire.FigureUnit.Nok, 0, Figures.Value(gains.TotalGainHigh))
                .Add("cost_measures.uncertain", "Tiltak uten anslag (usikker)", Wire.FigureUnit.Count, 0, gains.UncertainMeasures);
        }

        return contribution.Section(StatusReportSections.Economy, figures, chart);
    }

    public static string PortfolioName(InvestmentPortfolio portfolio) => portfolio switch
    {
        InvestmentPortfolio.ProgrammeAreas => "eHelse-porteføljen",
        _ => "Infrastruktur (Hemit)",
    };

    /// <summary>A month whose actuals have not arrived shows them as missing, not as zero.</summary>
    private static bool HasActuals(GetIncomeStatementResponse statement) =>
        statement.ActualsThrough is { } through && through.Year == statement.Period.Year && through.Month == statement.Period.Month;
}
