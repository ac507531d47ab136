using Hemit.Finance.Ledger;

namespace Hemit.Finance.IncomeStatements;

/// <summary>
/// Computes the resultatregnskap from a year's ledger amounts. Year to date is January to the report month; the
/// annual budget is the sum of the year's monthly budgets; each line's forecast is its latest forecast made up to
/// the report month, or its annual budget when none was made. Sum lines are always computed from posted lines.
/// </summary>
public static class IncomeStatementCalculator
{
    public static IncomeStatement Compute(int year, int month, IEnumerable<LedgerAmount> yearAmounts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var amounts = yearAmounts.ToList();
        var catalogue = IncomeStatementLines.Catalogue;

        decimal SumOf(LedgerScenario scenario, Func<int, bool> inSpan, string line) =>
            amounts.Where(a => a.Scenario == scenario && a.Line == line && inSpan(a.Month)).Sum(a => a.Amount);

        var periodActual = catalogue.Evaluate(line => SumOf(LedgerScenario.Actual, m => m == month, line));
        var periodBudget = catalogue.Evaluate(line => SumOf(LedgerScenario.Budget, m => m == month, line));
        var ytdActual = catalogue.Evaluate(line => SumOf(LedgerScenario.Actual, m => m <= month, line));
        var ytdBudget = catalogue.Evaluate(line => SumOf(LedgerScenario.Budget, m => m <= month, line));
        var annualBudget = catalogue.Evaluate(line => SumOf(LedgerScenario.Budget, _ => true, line));

        var forecasts = amounts.Where(a => a.Scenario == LedgerScenario.Forecast && a.Month <= month).ToList();
        var latestForecast = forecasts
            .GroupBy(a => a.Line)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Month)!.Amount, StringComparer.Ordinal);
        var forecast = catalogue.Evaluate(line =>
            latestForecast.TryGetValue(line, out var amount) ? amount : annualBudget[line]);

        var rows = catalogue.Lines.Select(line => new IncomeStatementRow(
            line,
            ActualAgainstBudget.Of(line.Kind, periodActual[line.Code], periodBudget[line.Code]),
            ActualAgainstBudget.Of(line.Kind, ytdActual[line.Code], ytdBudget[line.Code]),
            AnnualOutlook.Of(line.Kind, annualBudget[line.Code], forecast[line.Code]))).ToList();

        int? forecastMadeIn = forecasts.Count == 0 ? null : forecasts.Max(a => a.Month);
        var actualMonths = amounts.Where(a => a.Scenario == LedgerScenario.Actual && a.Month <= month).Select(a => a.Month).ToList();
        int? actualsThrough = actualMonths.Count == 0 ? null : actualMonths.Max();
        return new IncomeStatement(year, month, forecastMadeIn, actualsThrough, rows);
    }
}
