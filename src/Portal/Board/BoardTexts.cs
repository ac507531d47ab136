using System.Globalization;
using Hemit.Contracts.Governance.V1;
using MudBlazor;

namespace Hemit.Portal.Board;

/// <summary>The board's codes as the board papers write them in bokmål (meeting states, B/O, slots, audit and deadline states).</summary>
public static class BoardTexts
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static string State(MeetingState state) => state switch
    {
        MeetingState.Draft => "Utkast",
        MeetingState.Called => "Innkalt",
        MeetingState.Held => "Avholdt",
        MeetingState.MinutesApproved => "Protokoll godkjent",
        _ => "Ukjent",
    };

    /// <summary>B: vedtakssak, O: orienteringssak: the two kinds the seed's agendas use (and the proto knows).</summary>
    public static string Type(AgendaItemType type) => type switch
    {
        AgendaItemType.Decision => "B",
        AgendaItemType.Information => "O",
        _ => "–",
    };

    public static string TypeName(AgendaItemType type) => type switch
    {
        AgendaItemType.Decision => "Vedtakssak",
        AgendaItemType.Information => "Orienteringssak",
        _ => "",
    };

    /// <summary>2021-11-19 → "fredag 19. november 2021".</summary>
    public static string LongDate(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dddd d. MMMM yyyy", Norwegian)
            : iso;

    /// <summary>2021-11-19 → "fre." beside 19.11.2021 in a list of meetings.</summary>
    public static string Weekday(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dddd", Norwegian)
            : "";

    /// <summary>12:05 and 12:25 → 1205-1225, as the agenda prints a slot.</summary>
    public static string Slot(string start, string end) => $"{start.Replace(":", "", StringComparison.Ordinal)}-{end.Replace(":", "", StringComparison.Ordinal)}";

    /// <summary>An agenda item's anchor on the meeting page: 7/21 → sak-7-21.</summary>
    public static string Anchor(AgendaItem item) => "sak-" + (item.Number.Length > 0 ? item.Number.Replace('/', '-') : item.Id);

    public static string Role(HemitRole role) => role == HemitRole.Leads ? "Leder" : role == HemitRole.Contributes ? "Bidrar" : "";

    public static string Audit(AuditState state) => state switch
    {
        AuditState.Notified => "Varslet",
        AuditState.Ongoing => "Pågående",
        AuditState.Closed => "Avsluttet",
        _ => "Ukjent",
    };

    public static string Deadline(DeadlineState state) => state switch
    {
        DeadlineState.Submitted => "Sendt",
        DeadlineState.Late => "Forsinket",
        DeadlineState.Upcoming => "Kommende",
        DeadlineState.NoDeadline => "Frist ikke satt",
        _ => "Ukjent",
    };

    /// <summary>A status chip's colour: red for what is late or at risk, green for what is done.</summary>
    public static Color Badge(DeadlineState state) => state switch
    {
        DeadlineState.Late => Color.Error,
        DeadlineState.Submitted => Color.Success,
        DeadlineState.Upcoming => Color.Info,
        _ => Color.Default,
    };

    public static Color Badge(MeetingState state) => state switch
    {
        MeetingState.Called => Color.Info,
        MeetingState.Held => Color.Warning,
        MeetingState.MinutesApproved => Color.Success,
        _ => Color.Default,
    };

    public static Color Badge(GoalRisk risk) => risk switch
    {
        GoalRisk.High => Color.Error,
        GoalRisk.Medium => Color.Warning,
        GoalRisk.Low => Color.Success,
        _ => Color.Default,
    };

    /// <summary>The current year and tertial in Oslo: what a page shows when none is asked for.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Hemit.Portal.Report.BoardFormats.Oslo).DateTime);

    public static string CurrentTertial => $"{Today.Year}-T{(Today.Month - 1) / 4 + 1}";
}
