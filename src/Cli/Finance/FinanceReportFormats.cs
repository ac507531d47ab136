using System.Globalization;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Finance;

/// <summary>How the finance reports print numbers in the table format, as the board paper does.</summary>
public static class FinanceReportFormats
{
    /// <summary>Whole thousands of NOK, negatives in parentheses, zero as "-".</summary>
    public static string Thousands(object? value) =>
        value is decimal amount && Math.Round(amount / 1000m, 0, MidpointRounding.AwayFromZero) == 0m
            ? "-"
            : DisplayFormats.ThousandsOfNok(value);

    /// <summary>A whole percentage, e.g. 148 → "148 %"; blank when absent.</summary>
    public static string WholePercent(object? value) => value is int percent ? $"{percent} %" : string.Empty;

    public static decimal? Nok(Money? money) => money?.ToDecimal();

    /// <summary>The Norwegian month name the board paper uses, e.g. 10 → "Oktober".</summary>
    public static string MonthName(int month) => DisplayFormats.MonthName(month);
}
