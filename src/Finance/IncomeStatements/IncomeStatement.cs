namespace Hemit.Finance.IncomeStatements;

/// <summary>Resultatregnskap for one month: every line with its month, year to date and annual outlook.</summary>
/// <param name="ForecastMadeInMonth">The latest month (up to <paramref name="Month"/>) with any forecast; null when none.</param>
/// <param name="ActualsThroughMonth">
/// The latest month (up to <paramref name="Month"/>) with any actual (regnskap) amount; null when none. Below the report
/// month, the month's actuals are missing: its zeros are "no figures yet", not a month without revenue and costs.
/// </param>
public sealed record IncomeStatement(int Year, int Month, int? ForecastMadeInMonth, int? ActualsThroughMonth, IReadOnlyList<IncomeStatementRow> Rows)
{
    public bool PeriodHasActuals => ActualsThroughMonth == Month;

    public IncomeStatementRow this[string code] => Rows.Single(r => r.Line.Code == code);
}

public sealed record IncomeStatementRow(ReportLine Line, ActualAgainstBudget Period, ActualAgainstBudget YearToDate, AnnualOutlook Annual);

/// <summary>Faktisk against budsjett for one span, with avvik (favourable positive) and indeks.</summary>
public sealed record ActualAgainstBudget(decimal Actual, decimal Budget, decimal Variance, int? IndexPercent)
{
    /// <summary>On or better than budget: the variance is zero or favourable.</summary>
    public bool WithinBudget => Variance >= 0m;

    public static ActualAgainstBudget Of(LineKind kind, decimal actual, decimal budget) =>
        new(actual, budget, IncomeStatements.Variance.Of(kind, actual, budget), IncomeStatements.Variance.IndexPercent(actual, budget));
}

/// <summary>Årsbudsjett against prognose, with avvik (favourable positive) and indeks.</summary>
public sealed record AnnualOutlook(decimal Budget, decimal Forecast, decimal Variance, int? IndexPercent)
{
    /// <summary>The forecast is on or better than the annual budget.</summary>
    public bool WithinBudget => Variance >= 0m;

    public static AnnualOutlook Of(LineKind kind, decimal budget, decimal forecast) =>
        new(budget, forecast, IncomeStatements.Variance.Of(kind, forecast, budget), IncomeStatements.Variance.IndexPercent(forecast, budget));
}
