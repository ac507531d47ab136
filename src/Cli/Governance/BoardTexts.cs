using System.Globalization;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary>How the board's codes read in Norwegian tables; json and csv keep the codes.</summary>
public static class BoardTexts
{
    public static string State(MeetingState state) => state switch
    {
        MeetingState.Draft => "Utkast",
        MeetingState.Called => "Innkalt",
        MeetingState.Held => "Avholdt",
        MeetingState.MinutesApproved => "Protokoll godkjent",
        _ => "-",
    };

    /// <summary>B: vedtakssak, O: orienteringssak, as the notice prints them.</summary>
    public static string Type(AgendaItemType type) => type == AgendaItemType.Decision ? "B" : type == AgendaItemType.Information ? "O" : "-";

    /// <summary>2021-11-19 → 19.11.2021.</summary>
    public static string Date(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : iso;

    /// <summary>2021-11-19 → "Fredag 19. november 2021", the notice's heading.</summary>
    public static string LongDate(string iso)
    {
        if (!DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return iso;
        }

        var text = date.ToString("dddd d. MMMM yyyy", CultureInfo.GetCultureInfo("nb-NO"));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>12:05 and 12:25 → 1205-1225, as the agenda prints a time slot.</summary>
    public static string Slot(string start, string end) => $"{start.Replace(":", "", StringComparison.Ordinal)}-{end.Replace(":", "", StringComparison.Ordinal)}";

    public static string Status(AssignmentStatus status) => status switch
    {
        AssignmentStatus.NotStarted => "Ikke startet",
        AssignmentStatus.InProgress => "Pågår",
        AssignmentStatus.Completed => "Fullført",
        _ => "-",
    };

    public static string Risk(GoalRisk risk) => risk switch
    {
        GoalRisk.Low => "Lav",
        GoalRisk.Medium => "Middels",
        GoalRisk.High => "Høy",
        _ => "-",
    };

    public static string Trend(RiskTrend trend) => trend switch
    {
        RiskTrend.New => "Ny",
        RiskTrend.Up => "Økt",
        RiskTrend.Unchanged => "Uendret",
        RiskTrend.Down => "Redusert",
        _ => "-",
    };

    public static string Audit(AuditState state) => state switch
    {
        AuditState.Notified => "Varslet",
        AuditState.Ongoing => "Pågående",
        AuditState.Closed => "Avsluttet",
        _ => "-",
    };

    public static string Deadline(DeadlineState state) => state switch
    {
        DeadlineState.Submitted => "Sendt",
        DeadlineState.Late => "Forsinket",
        DeadlineState.Upcoming => "Kommende",
        DeadlineState.NoDeadline => "Frist ikke satt",
        _ => "-",
    };
}
