using Hemit.Governance.Calendar;
using Hemit.Governance.Meetings;
using Hemit.Governance.ReportingCalendar;

namespace Hemit.Governance.AnnualCycle;

/// <summary>Where a recurring item goes in the year's meetings.</summary>
public enum CyclePlacement
{
    EveryMeeting = 1,
    FirstMeeting = 2,
    LastMeeting = 3,

    /// <summary>The first meeting after each tertial has ended (the previous year's T3 goes to the first meeting).</summary>
    AfterEachTertial = 4,
}

/// <summary>One recurring item of the årshjul; its title is made for the meeting it lands on.</summary>
public sealed record CycleItem(CyclePlacement Placement, AgendaItemType Type, int Minutes, Func<DateOnly, Tertial?, string> Title);

/// <summary>An item the cycle puts on a planned meeting.</summary>
public sealed record PlacedItem(DateOnly Meeting, CycleItem Item, string Title);

/// <summary>
/// The board's annual cycle (årshjul) as the seed's 2022 plan has it: the CEO's briefing and a status report at every
/// meeting, the annual report early in the year, a tertial report after each tertial, next year's budget and the next
/// årshjul at the last meeting.
/// </summary>
public static class AnnualCycleItems
{
    public static readonly IReadOnlyList<CycleItem> Standard =
    [
        new(CyclePlacement.EveryMeeting, AgendaItemType.Information, 20, (_, _) => "Administrerende direktørs orienteringer"),
        new(CyclePlacement.EveryMeeting, AgendaItemType.Decision, 30, (meeting, _) => $"Statusrapport pr. {StatusMonth(meeting)}"),
        new(CyclePlacement.FirstMeeting, AgendaItemType.Decision, 20, (meeting, _) => $"Årlig melding {meeting.Year - 1}"),
        new(CyclePlacement.AfterEachTertial, AgendaItemType.Decision, 20, (_, tertial) => $"Tertialrapport T{tertial!.Value.Number} {tertial.Value.Year}"),
        new(CyclePlacement.LastMeeting, AgendaItemType.Decision, 30, (meeting, _) => $"Budsjett {meeting.Year + 1}"),
        new(CyclePlacement.LastMeeting, AgendaItemType.Decision, 10, (meeting, _) => $"Årshjul og møteplan {meeting.Year + 1}"),
    ];

    /// <summary>The status report a meeting treats is the last whole month's ("Statusrapport pr. oktober" on 19 November).</summary>
    public static string StatusMonth(DateOnly meeting)
    {
        var month = meeting.AddMonths(-1);
        return month.Month == 7 ? "juni og juli" : OwnerReportingRules.MonthNames[month.Month - 1];
    }

    /// <summary>Places the cycle's items on the year's meetings (dates in any order), in the cycle's order per meeting.</summary>
    public static IReadOnlyList<PlacedItem> Place(IReadOnlyList<DateOnly> meetings, IReadOnlyList<CycleItem> cycle)
    {
        var dates = meetings.Order().ToList();
        if (dates.Count == 0)
        {
            return [];
        }

        var placed = new List<PlacedItem>();
        foreach (var date in dates)
        {
            foreach (var item in cycle)
            {
                switch (item.Placement)
                {
                    case CyclePlacement.EveryMeeting:
                    case CyclePlacement.FirstMeeting when date == dates[0]:
                    case CyclePlacement.LastMeeting when date == dates[^1]:
                        placed.Add(new PlacedItem(date, item, item.Title(date, null)));
                        break;
                    case CyclePlacement.AfterEachTertial:
                        placed.AddRange(TertialsReportedAt(date, dates).Select(t => new PlacedItem(date, item, item.Title(date, t))));
                        break;
                }
            }
        }

        return placed;
    }

    /// <summary>The tertials whose first meeting after their end is <paramref name="date"/>.</summary>
    private static IEnumerable<Tertial> TertialsReportedAt(DateOnly date, IReadOnlyList<DateOnly> dates)
    {
        var year = dates[0].Year;
        foreach (var tertial in new[] { new Tertial(year - 1, 3), new Tertial(year, 1), new Tertial(year, 2) })
        {
            if (dates.FirstOrDefault(d => d > tertial.End) == date)
            {
                yield return tertial;
            }
        }
    }
}
