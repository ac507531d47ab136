namespace Hemit.Governance.Meetings;

/// <summary>
/// The generated first sak of every board meeting: the board approves the notice, the agenda and the previous
/// meeting's minutes ("Godkjenning av innkalling, agenda og møteprotokoll av 29.10.2021"); the very first meeting has
/// no minutes to approve.
/// </summary>
public static class ApprovalItem
{
    /// <summary>The first item's default length (seed: 1200-1205).</summary>
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(5);

    public const string ProposedResolution = "Innkalling og agenda godkjennes.";

    public static string Title(DateOnly? previousMeeting) => previousMeeting is { } previous
        ? $"Godkjenning av innkalling, agenda og møteprotokoll av {Calendar.BoardCalendar.Norwegian(previous)}"
        : "Godkjenning av innkalling og agenda";

    public static string Resolution(DateOnly? previousMeeting) => previousMeeting is { } previous
        ? $"Innkalling og agenda godkjennes. Møteprotokoll av {Calendar.BoardCalendar.Norwegian(previous)} godkjennes."
        : ProposedResolution;

    public static AgendaItem For(BoardMeeting meeting, DateOnly? previousMeeting) => new()
    {
        MeetingDate = meeting.Date,
        Position = 1,
        Generated = true,
        Type = AgendaItemType.Decision,
        Start = meeting.BoardStart,
        End = meeting.BoardStart.Add(Length) <= meeting.BoardEnd ? meeting.BoardStart.Add(Length) : meeting.BoardEnd,
        Title = Title(previousMeeting),
        ProposedResolution = Resolution(previousMeeting),
        Attachments = previousMeeting is { } previous ? [$"Møteprotokoll av {Calendar.BoardCalendar.Norwegian(previous)}"] : [],
    };

    /// <summary>Brings the generated item up to date with the meeting before it (which may have been added since).</summary>
    public static void Refresh(AgendaItem item, DateOnly? previousMeeting)
    {
        item.Title = Title(previousMeeting);
        item.ProposedResolution = Resolution(previousMeeting);
        item.Attachments = previousMeeting is { } previous ? [$"Møteprotokoll av {Calendar.BoardCalendar.Norwegian(previous)}"] : [];
    }
}
