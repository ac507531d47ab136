using Hemit.Cli.Importing;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Finance;

/// <summary>Cells the finance files share: NOK amounts with at most two decimals, percentages, years.</summary>
public static class FinanceCells
{
    public static Money Nok(CsvRow row, string field)
    {
        var amount = row.Decimal(field);
        return decimal.Round(amount, 2) == amount
            ? Money.FromDecimal(amount)
            : row.Refuse(field, $"{amount} has more than two decimals; amounts are NOK with at most two decimals", new Money());
    }

    public static Money? OptionalNok(CsvRow row, string field) => row.Has(field) ? Nok(row, field) : null;

    public static int Year(CsvRow row, string field)
    {
        var year = row.Integer(field);
        return CalendarRules.YearProblem(year) is { } problem ? row.Refuse(field, problem, 0) : year;
    }

    /// <summary>A percentage such as 1.5 as hundredths of a percent (150).</summary>
    public static int BasisPoints(CsvRow row, string field)
    {
        var percent = row.Decimal(field);
        var basisPoints = percent * 100m;
        return decimal.Truncate(basisPoints) == basisPoints && Math.Abs(basisPoints) <= 10_000m
            ? (int)basisPoints
            : row.Refuse(field, $"{percent} is not a percentage with at most two decimals between -100 and 100", 0);
    }
}
