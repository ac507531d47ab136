using Hemit.Contracts.Common.V1;
using Hemit.Finance.IncomeStatements;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Grpc;

/// <summary>Turns the computed income statement into its wire shape (exact NOK).</summary>
public static class IncomeStatementMapping
{
    public static Wire.GetIncomeStatementResponse ToResponse(this IncomeStatement statement)
    {
        var response = new Wire.GetIncomeStatementResponse
        {
            Period = Period.Of(statement.Year, statement.Month),
            ForecastMadeIn = statement.ForecastMadeInMonth is { } month ? Period.Of(statement.Year, month) : null,
            ActualsThrough = statement.ActualsThroughMonth is { } actuals ? Period.Of(statement.Year, actuals) : null,
        };
        response.Lines.AddRange(statement.Rows.Select(row => new Wire.IncomeStatementLine
        {
            Code = row.Line.Code,
            Name = row.Line.Name,
            Kind = row.Line.Kind.ToWire(),
            IsSum = row.Line.IsSum,
            Period = row.Period.ToWire(),
            YearToDate = row.YearToDate.ToWire(),
            Annual = row.Annual.ToWire(),
        }));
        return response;
    }

    public static Wire.LineKind ToWire(this LineKind kind) => kind switch
    {
        LineKind.Revenue => Wire.LineKind.Revenue,
        LineKind.Cost => Wire.LineKind.Cost,
        _ => Wire.LineKind.Result,
    };

    private static Wire.ActualAgainstBudget ToWire(this ActualAgainstBudget figures)
    {
        var wire = new Wire.ActualAgainstBudget
        {
            Actual = Money.FromDecimal(figures.Actual),
            Budget = Money.FromDecimal(figures.Budget),
            Variance = Money.FromDecimal(figures.Variance),
            WithinBudget = figures.WithinBudget,
        };
        if (figures.IndexPercent is { } index)
        {
            wire.IndexPercent = index;
        }

        return wire;
    }

    private static Wire.AnnualOutlook ToWire(this AnnualOutlook outlook)
    {
        var wire = new Wire.AnnualOutlook
        {
            Budget = Money.FromDecimal(outlook.Budget),
            Forecast = Money.FromDecimal(outlook.Forecast),
            Variance = Money.FromDecimal(outlook.Variance),
            WithinBudget = outlook.WithinBudget,
        };
        if (outlook.IndexPercent is { } index)
        {
            wire.IndexPercent = index;
        }

        return wire;
    }
}
