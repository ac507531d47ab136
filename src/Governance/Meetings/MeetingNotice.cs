using Hemit.Governance.Calendar;

namespace Hemit.Governance.Meetings;

/// <summary>A signature on the notice: the role, and the name as the board configures it.</summary>
public sealed record Signatory(string Role, string Name);

/// <summary>
/// The notice (innkalling) of one meeting: when and where, the seminar's programme, the agenda, its own attachments,
/// the signatures, and whether it went out at least seven days ahead. For a draft it is the notice as it would go out today.
/// </summary>
public sealed record MeetingNotice(
    BoardMeeting Meeting,
    bool Issued,
    NoticeDeadline Deadline,
    IReadOnlyList<AgendaItem> Items,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<Signatory> Signatories,
    string SignedAt,
    IReadOnlyList<string> Notes)
{
    public static MeetingNotice Of(BoardMeeting meeting, DateOnly today, BoardOptions board, IReadOnlyList<AgendaItem> movedHere)
    {
        var items = meeting.Agenda.ToList();
        var attachments = items.Where(i => i.Generated).SelectMany(i => i.Attachments)
            .Select((title, index) => $"Vedlegg {index + 1}: {title}").ToList();
        var notes = new List<string>();
        notes.AddRange(meeting.Items.Where(i => i.Status == AgendaItemStatus.Moved).OrderBy(i => i.Number?.Sequence)
            .Select(i => $"Sak {i.Number} «{i.Title}» er flyttet til møtet {BoardCalendar.Norwegian(i.MovedTo!.Value)}."));
        notes.AddRange(movedHere.Where(i => i.Number is not null)
            .Select(i => $"Sak {i.Number} «{i.Title}» er flyttet hit fra møtet {BoardCalendar.Norwegian(i.MovedFrom!.Value)} og beholder nummeret."));
        return new MeetingNotice(
            meeting,
            meeting.State != MeetingState.Draft,
            new NoticeDeadline(meeting.NoticeIssuedOn ?? today, meeting.Date),
            items,
            attachments,
            [new Signatory("Styrets leder", board.ChairName), new Signatory("Styresekretær", board.SecretaryName)],
            board.City,
            notes);
    }
}
