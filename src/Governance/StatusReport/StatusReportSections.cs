using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>The board paper's sections in its order and wording (seed 001, "Statusrapport pr. oktober"), and who feeds each.</summary>
public static class StatusReportSections
{
    public const int AssessmentMaxLength = 8000;

    public const string Economy = "1";
    public const string Organisation = "2";
    public const string ServiceProduction = "3";
    public const string ServiceManagement = "4";
    public const string Projects = "5";
    public const string WorkOrders = "6";

    /// <summary>Number and title, in report order.</summary>
    public static readonly IReadOnlyList<(string Number, string Title)> All =
    [
        (Economy, "Økonomi"),
        (Organisation, "Organisatoriske forhold"),
        (ServiceProduction, "Tjenesteproduksjon"),
        (ServiceManagement, "Tjenesteforvaltning og -utvikling"),
        (Projects, "Status prosjektgjennomføring"),
        (WorkOrders, "Oppdragsgjennomføring"),
    ];

    public static bool Exists(string number) => All.Any(s => s.Number == number);

    private static readonly string[] MonthNames =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    /// <summary>"oktober", as the board paper writes a month inside a sentence.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>"okt", for a chart's axis.</summary>
    public static string ShortMonthName(int month) => MonthNames[month - 1][..3];

    public static string Title(int year, int month) => $"Statusrapport pr. {MonthName(month)} {year}";

    /// <summary>An empty section shell in report order; the compiler fills figures, or the reason there are none.</summary>
    public static Wire.StatusReportSection Shell((string Number, string Title) section) => new()
    {
        Number = section.Number,
        Title = section.Title,
        Available = true,
    };
}
