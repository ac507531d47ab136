using System.Globalization;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Portal.Report;

/// <summary>Numbers as the board paper prints them: thousands of NOK with negatives in parentheses, decimal comma, "5,4 %".</summary>
public static class BoardFormats
{
    private static readonly NumberFormatInfo Norwegian = new()
    {
        NumberGroupSeparator = " ",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>What a cell without a figure shows: "oppgave mangler", never 0.</summary>
    public const string Missing = "…";

    public static string Figure(decimal? value, FigureUnit unit, int decimals) => value switch
    {
        null => Missing,
        { } v => unit switch
        {
            FigureUnit.Nok => Thousands(v),
            FigureUnit.Percent => $"{v.ToString("N" + decimals, Norwegian)} %",
            FigureUnit.Seconds => $"{v.ToString("N" + decimals, Norwegian)} s",
            FigureUnit.Days => $"{v.ToString("N" + decimals, Norwegian)} dager",
            FigureUnit.Hours => $"{v.ToString("N" + decimals, Norwegian)} timer",
            _ => v.ToString("N" + decimals, Norwegian),
        },
    };

    /// <summary>A target as the paper states it: "5 %", "65 %", "60 s" (no decimals a round target does not have).</summary>
    public static string Target(decimal value, FigureUnit unit, int decimals) =>
        Figure(value, unit, value == decimal.Truncate(value) ? 0 : decimals);

    /// <summary>A chart's plotted number: NOK in thousands (the axis says so), others as they are.</summary>
    public static double Plotted(decimal value, FigureUnit unit) => (double)(unit == FigureUnit.Nok ? value / 1000m : value);

    /// <summary>An axis tick in Norwegian: "4 000", "6,5".</summary>
    public static string AxisNumber(double value) => value.ToString(value == Math.Floor(value) ? "N0" : "N1", Norwegian);

    /// <summary>Unit text for a chart axis.</summary>
    public static string AxisLabel(FigureUnit unit) => unit switch
    {
        FigureUnit.Nok => "1 000 kr",
        FigureUnit.Percent => "%",
        FigureUnit.Seconds => "sekunder",
        FigureUnit.FteMonths => "månedsverk",
        FigureUnit.Days => "dager",
        FigureUnit.Hours => "timer",
        _ => "antall",
    };

    /// <summary>Whole thousands of NOK: -3 401 234 prints "(3 401)".</summary>
    public static string Thousands(decimal amount)
    {
        var thousands = Math.Round(amount / 1000m, 0, MidpointRounding.AwayFromZero);
        var text = Math.Abs(thousands).ToString("N0", Norwegian);
        return thousands < 0 ? $"({text})" : text;
    }

    public static string Status(FigureStatus status) => status switch
    {
        FigureStatus.Met => "Nådd",
        FigureStatus.NotMet => "Ikke nådd",
        FigureStatus.NoTarget => "Uten mål",
        _ => "Mangler tall",
    };

    /// <summary>A project's status colour (green, yellow, red) as the board reads it.</summary>
    public static string Colour(string code) => code switch
    {
        "green" => "Grønn",
        "yellow" => "Gul",
        "red" => "Rød",
        _ => "Ikke satt",
    };

    public static string State(StatusReportState state) => state switch
    {
        StatusReportState.Final => "Endelig",
        StatusReportState.Approved => "Godkjent",
        _ => "Utkast",
    };

    public static string Time(Google.Protobuf.WellKnownTypes.Timestamp? timestamp) =>
        timestamp is null ? string.Empty
            : TimeZoneInfo.ConvertTime(timestamp.ToDateTimeOffset(), Oslo).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The board's clock: times and "today" are Oslo's.</summary>
    internal static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static string SourceName(string source) => source switch
    {
        "finance" => "Økonomi (finance)",
        "hrmetrics" => "HR-nøkkeltall (hrmetrics)",
        "servicedesk" => "Tjenestedesk (servicedesk)",
        "projects" => "Prosjekter (projects)",
        "governance" => "Styring (governance)",
        _ => source,
    };
}
