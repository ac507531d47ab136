namespace Hemit.Governance.Meetings;

/// <summary>Where a year's agenda numbers come from: each number is handed out once, never again.</summary>
public interface IAgendaNumberSeries
{
    /// <summary>Reserves the next <paramref name="count"/> numbers of <paramref name="year"/>; returns the first.</summary>
    Task<int> ReserveAsync(int year, int count, CancellationToken cancellationToken);
}

/// <summary>
/// Numbers a meeting's saker N/YY when its notice is issued: the items not yet numbered, in agenda order, get the
/// next numbers of the meeting's calendar year. Items numbered before (moved here from a called meeting) keep theirs.
/// </summary>
public static class AgendaNumbering
{
    public static Task<IReadOnlyList<AgendaItem>> NumberAsync(BoardMeeting meeting, IAgendaNumberSeries series, CancellationToken cancellationToken) =>
        AssignAsync(Unnumbered(meeting), meeting.Date.Year, series, cancellationToken);

    /// <summary>The meeting's saker still without a number, in agenda order.</summary>
    public static IReadOnlyList<AgendaItem> Unnumbered(BoardMeeting meeting) => meeting.Agenda.Where(i => i.Number is null).ToList();

    /// <summary>
    /// Gives <paramref name="items"/> the next numbers of <paramref name="year"/>. Run again (a retried transaction),
    /// it reserves afresh and overwrites, so a rolled-back reservation is never kept.
    /// </summary>
    public static async Task<IReadOnlyList<AgendaItem>> AssignAsync(IReadOnlyList<AgendaItem> items, int year, IAgendaNumberSeries series, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return items;
        }

        var first = await series.ReserveAsync(year, items.Count, cancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            items[i].Number = new AgendaNumber(first + i, year);
        }

        return items;
    }
}
