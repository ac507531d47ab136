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
    public static async Task<IReadOnlyList<AgendaItem>> NumberAsync(BoardMeeting meeting, IAgendaNumberSeries series, CancellationToken cancellationToken)
    {
        var unnumbered = meeting.Agenda.Where(i => i.Number is null).ToList();
        if (unnumbered.Count == 0)
        {
            return unnumbered;
        }

        var first = await series.ReserveAsync(meeting.Date.Year, unnumbered.Count, cancellationToken);
        for (var i = 0; i < unnumbered.Count; i++)
        {
            unnumbered[i].Number = new AgendaNumber(first + i, meeting.Date.Year);
        }

        return unnumbered;
    }
}
