using System.Globalization;
using Hemit.Governance.Calendar;

namespace Hemit.Governance.ReportingCalendar;

public enum DeadlineState
{
    Submitted = 1,
    Late = 2,
    Upcoming = 3,
    NoDeadline = 4,
}

/// <summary>A report's place in the calendar on a given day.</summary>
public sealed record CalendarEntry(OwnerReport Report, DateOnly? SubmittedOn, DeadlineState State, int DaysLate);

/// <summary>
/// The owner's reporting requirements for a year (vedlegg 1): a monthly status report for every month, June and July
/// in one; a tertial report after each tertial; and the previous year's annual report, sent administratively by
/// 1 February and board-approved by 15 February. Deadlines are the owner's dates as set: one on a Saturday stays on
/// the Saturday (the owner moves it if it wants to).
/// </summary>
public static class OwnerReportingRules
{
    /// <summary>June and July are reported together ("for juni og juli i samme forsendelse").</summary>
    public const string JuneAndJuly = "06..07";

    public static IReadOnlyList<OwnerReport> Reports(int year, IReadOnlyDictionary<(ReportKind, string), DateOnly?> ownerDeadlines)
    {
        DateOnly? Due(ReportKind kind, string covers, DateOnly? fallback = null) =>
            ownerDeadlines.TryGetValue((kind, covers), out var due) && due is not null ? due : fallback;

        var reports = new List<OwnerReport>();
        var previousYear = (year - 1).ToString(CultureInfo.InvariantCulture);
        reports.Add(new OwnerReport(ReportKind.AnnualAdministrative, previousYear, $"Årlig melding {previousYear}, administrativ innsending",
            Due(ReportKind.AnnualAdministrative, previousYear, new DateOnly(year, 2, 1))));
        reports.Add(new OwnerReport(ReportKind.AnnualBoardApproved, previousYear, $"Årlig melding {previousYear}, styrebehandlet",
            Due(ReportKind.AnnualBoardApproved, previousYear, new DateOnly(year, 2, 15))));
        foreach (var covers in MonthlyCovers(year))
        {
            reports.Add(new OwnerReport(ReportKind.Monthly, covers, MonthlyLabel(covers), Due(ReportKind.Monthly, covers)));
            if (TertialEndingWith(covers) is { } tertial)
            {
                var code = tertial.ToString();
                reports.Add(new OwnerReport(ReportKind.Tertial, code, $"Tertialrapport T{tertial.Number} {tertial.Year}", Due(ReportKind.Tertial, code)));
            }
        }

        return reports;
    }

    /// <summary>The months a year's monthly reports cover: 2025-01 … 2025-05, 2025-06..07, 2025-08 … 2025-12.</summary>
    public static IReadOnlyList<string> MonthlyCovers(int year) =>
        Enumerable.Range(1, 12).Where(month => month != 7)
            .Select(month => month == 6 ? $"{year:0000}-{JuneAndJuly}" : $"{year:0000}-{month:00}").ToList();

    /// <summary>Whether a report of this kind covering this is one the owner requires in the year; explains when not.</summary>
    public static string? Problem(int year, ReportKind kind, string covers) => kind switch
    {
        ReportKind.Monthly when covers == $"{year:0000}-06" || covers == $"{year:0000}-07" =>
            $"June and July are reported together: use {year:0000}-{JuneAndJuly}",
        ReportKind.Monthly when !MonthlyCovers(year).Contains(covers) => $"a monthly report covers a month of {year}, e.g. {year:0000}-03",
        ReportKind.Tertial when !(Tertial.TryParse(covers, out var tertial) && tertial.Year == year) => $"a tertial report covers {year}-T1, -T2 or -T3",
        ReportKind.AnnualAdministrative or ReportKind.AnnualBoardApproved when covers != (year - 1).ToString(CultureInfo.InvariantCulture) =>
            $"the annual report sent in {year} covers {year - 1}",
        _ => null,
    };

    /// <summary>The year whose calendar a report belongs to (an annual report covering 2024 is sent in 2025).</summary>
    public static int? CalendarYear(ReportKind kind, string covers) =>
        covers.Length >= 4 && int.TryParse(covers[..4], CultureInfo.InvariantCulture, out var year)
            ? kind is ReportKind.AnnualAdministrative or ReportKind.AnnualBoardApproved ? year + 1 : year
            : null;

    public static CalendarEntry Judge(OwnerReport report, DateOnly? submittedOn, DateOnly asOf)
    {
        if (submittedOn is { } sent)
        {
            return new CalendarEntry(report, sent, DeadlineState.Submitted, report.Due is { } due ? Math.Max(0, sent.DayNumber - due.DayNumber) : 0);
        }

        return report.Due switch
        {
            null => new CalendarEntry(report, null, DeadlineState.NoDeadline, 0),
            { } due when due < asOf => new CalendarEntry(report, null, DeadlineState.Late, asOf.DayNumber - due.DayNumber),
            _ => new CalendarEntry(report, null, DeadlineState.Upcoming, 0),
        };
    }

    /// <summary>The report due next: not sent, due today or later, earliest first.</summary>
    public static CalendarEntry? NextDue(IEnumerable<CalendarEntry> entries) =>
        entries.Where(e => e.State == DeadlineState.Upcoming).OrderBy(e => e.Report.Due).FirstOrDefault();

    private static string MonthlyLabel(string covers) => covers.EndsWith(JuneAndJuly, StringComparison.Ordinal)
        ? $"Statusrapport pr. juni og juli {covers[..4]}"
        : $"Statusrapport pr. {MonthNames[int.Parse(covers[5..], CultureInfo.InvariantCulture) - 1]} {covers[..4]}";

    /// <summary>The tertial a monthly report closes (April, August, December): its tertial report follows it.</summary>
    private static Tertial? TertialEndingWith(string covers) =>
        int.TryParse(covers[5..7], CultureInfo.InvariantCulture, out var month) && month is 4 or 8 or 12
            ? new Tertial(int.Parse(covers[..4], CultureInfo.InvariantCulture), month / 4)
            : null;

    public static readonly IReadOnlyList<string> MonthNames =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
}
