using Hemit.Cli.Importing;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Finance;

/// <summary>Cells the finance files share: NOK amounts with at most two decimals, percentages, years.</summary>
public static class FinanceCells
{
    public static Money Nok(CsvRow row, string field)
    {
        var amount = row.Decimal(field);
        if (decimal.Round(amount, 2) != amount)
        {
            throw new CsvCellException(field, $"{amount} has more than two decimals; amounts are NOK with at most two decimals");
        }

        return Money.FromDecimal(amount);
    }

    public static Money? OptionalNok(CsvRow row, string field) => row.Has(field) ? Nok(row, field) : null;

    public static int Year(CsvRow row, string field)
    {
        var year = row.Integer(field);
        return year is >= 1900 and <= 2999 ? year : throw new CsvCellException(field, $"{year} is not a year");
    }

    /// <summary>A percentage such as 1.5 as hundredths of a percent (150).</summary>
    public static int BasisPoints(CsvRow row, string field) => BasisPoints(row.Decimal(field), field);

    public static int BasisPoints(decimal percent, string field)
    {
        var basisPoints = percent * 100m;
        return decimal.Truncate(basisPoints) == basisPoints && Math.Abs(basisPoints) <= 10_000m
            ? (int)basisPoints
            : throw new CsvCellException(field, $"{percent} is not a percentage with at most two decimals between -100 and 100");
    }
}
