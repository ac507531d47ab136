namespace Hemit.Governance.Meetings;

/// <summary>Styremøtets tilstand: utkast, innkalt, avholdt, protokoll godkjent.</summary>
public enum MeetingState
{
    Draft = 1,
    Called = 2,
    Held = 3,
    MinutesApproved = 4,
}

/// <summary>
/// One board meeting (styremøte), known by its date: a board meets at most once a day. It has an optional seminar
/// (styreseminar) before the board part, each with its own times.
/// </summary>
public sealed class BoardMeeting
{
    public DateOnly Date { get; set; }

    public string Place { get; set; } = string.Empty;

    public string SeminarTitle { get; set; } = string.Empty;

    public TimeOnly? SeminarStart { get; set; }

    public TimeOnly? SeminarEnd { get; set; }

    public List<string> SeminarProgramme { get; set; } = [];

    public TimeOnly BoardStart { get; set; }

    public TimeOnly BoardEnd { get; set; }

    public MeetingState State { get; set; } = MeetingState.Draft;

    public DateOnly? NoticeIssuedOn { get; set; }

    /// <summary>Fremmøte, as recorded in the minutes.</summary>
    public List<string> Present { get; set; } = [];

    public List<string> Absent { get; set; } = [];

    /// <summary>The meeting whose first item approved these minutes.</summary>
    public DateOnly? MinutesApprovedAt { get; set; }

    public List<AgendaItem> Items { get; set; } = [];

    /// <summary>PostgreSQL's xmin: two clerks changing the same meeting at once cannot both win.</summary>
    public uint Version { get; set; }

    public TimeSlot BoardPart => new(BoardStart, BoardEnd);

    public TimeSlot? SeminarPart => SeminarStart is { } start && SeminarEnd is { } end ? new TimeSlot(start, end) : null;

    public TimeOnly Start => SeminarStart is { } seminar && seminar < BoardStart ? seminar : BoardStart;

    public TimeOnly End => SeminarEnd is { } seminar && seminar > BoardEnd ? seminar : BoardEnd;

    /// <summary>The items on this meeting's agenda now, in agenda order (moved-away items left out).</summary>
    public IEnumerable<AgendaItem> Agenda => Items.Where(i => i.Status == AgendaItemStatus.Active).OrderBy(i => i.Position);

    /// <summary>Protokoll: the minutes are the board's record once approved; nothing changes after that.</summary>
    public bool IsFinal => State == MeetingState.MinutesApproved;
}
