using Hemit.Governance.Calendar;
using Hemit.Governance.Meetings;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Grpc;

/// <summary>Meetings, saker, notices and minutes on the wire.</summary>
internal static class BoardMapping
{
    public static Wire.Meeting ToWire(this BoardMeeting meeting)
    {
        var wire = new Wire.Meeting
        {
            Id = BoardCalendar.IsoText(meeting.Date),
            Date = BoardCalendar.IsoText(meeting.Date),
            Place = meeting.Place,
            Seminar = Seminar(meeting),
            Board = Board(meeting),
            State = (Wire.MeetingState)(int)meeting.State,
            NoticeIssuedOn = BoardCalendar.IsoText(meeting.NoticeIssuedOn),
        };
        wire.Items.AddRange(meeting.Items.OrderBy(i => i.Position).ThenBy(i => i.Status).Select(ToWire));
        return wire;
    }

    public static Wire.AgendaItem ToWire(this AgendaItem item)
    {
        var wire = new Wire.AgendaItem
        {
            Id = item.Id.ToString(),
            MeetingId = BoardCalendar.IsoText(item.MeetingDate),
            Number = item.Number?.ToString() ?? string.Empty,
            Type = (Wire.AgendaItemType)(int)item.Type,
            Start = BoardCalendar.IsoText(item.Start),
            End = BoardCalendar.IsoText(item.End),
            Title = item.Title,
            CaseHandler = item.CaseHandler,
            ResponsibleManager = item.ResponsibleManager,
            CaseFolder = item.CaseFolder,
            ProposedResolution = item.ProposedResolution,
            CeoRecommendation = item.CeoRecommendation,
            Generated = item.Generated,
            Status = (Wire.AgendaItemStatus)(int)item.Status,
            MovedToMeetingDate = BoardCalendar.IsoText(item.MovedTo ?? item.MovedFrom),
            AdoptedResolution = item.AdoptedResolution ?? string.Empty,
            Position = item.Position,
        };
        wire.Attachments.AddRange(item.Attachments);
        return wire;
    }

    public static Wire.Notice ToWire(this MeetingNotice notice)
    {
        var meeting = notice.Meeting;
        var wire = new Wire.Notice
        {
            MeetingId = BoardCalendar.IsoText(meeting.Date),
            MeetingDate = BoardCalendar.IsoText(meeting.Date),
            Place = meeting.Place,
            Start = BoardCalendar.IsoText(meeting.Start),
            End = BoardCalendar.IsoText(meeting.End),
            Seminar = Seminar(meeting),
            Board = Board(meeting),
            IssuedOn = BoardCalendar.IsoText(notice.Deadline.IssuedOn),
            SignedAt = notice.SignedAt,
            DaysBefore = notice.Deadline.DaysBefore,
            RequiredDays = NoticeDeadline.RequiredDays,
            LateByDays = notice.Deadline.LateByDays,
            Issued = notice.Issued,
        };
        wire.Items.AddRange(notice.Items.Select(ToWire));
        wire.Attachments.AddRange(notice.Attachments);
        wire.Signatories.AddRange(notice.Signatories.Select(s => new Wire.Signatory { Role = s.Role, Name = s.Name }));
        wire.Notes.AddRange(notice.Notes);
        return wire;
    }

    public static Wire.Minutes ToMinutes(this BoardMeeting meeting)
    {
        var wire = new Wire.Minutes
        {
            MeetingId = BoardCalendar.IsoText(meeting.Date),
            MeetingDate = BoardCalendar.IsoText(meeting.Date),
            State = (Wire.MeetingState)(int)meeting.State,
            Attendance = new Wire.Attendance { Present = { meeting.Present }, Absent = { meeting.Absent } },
            ApprovedAtMeetingDate = BoardCalendar.IsoText(meeting.MinutesApprovedAt),
        };
        wire.Items.AddRange(meeting.Agenda.Select(ToWire));
        return wire;
    }

    private static Wire.MeetingPart? Seminar(BoardMeeting meeting) => meeting.SeminarPart is { } seminar
        ? new Wire.MeetingPart
        {
            Title = meeting.SeminarTitle,
            Start = BoardCalendar.IsoText(seminar.Start),
            End = BoardCalendar.IsoText(seminar.End),
            Programme = { meeting.SeminarProgramme },
        }
        : null;

    private static Wire.MeetingPart Board(BoardMeeting meeting) => new()
    {
        Title = "Styremøte",
        Start = BoardCalendar.IsoText(meeting.BoardStart),
        End = BoardCalendar.IsoText(meeting.BoardEnd),
    };
}
