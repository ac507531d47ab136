namespace Hemit.Governance.Meetings;

/// <summary>A new meeting as requested, already parsed; <see cref="BoardMeetings"/> judges it against the board's rules.</summary>
public sealed record MeetingDraft(DateOnly Date, string Place, TimeSlot Board, TimeSlot? Seminar, string SeminarTitle, IReadOnlyList<string> Programme);

/// <summary>A new sak as requested, already parsed.</summary>
public sealed record ItemDraft(
    AgendaItemType Type,
    TimeSlot Slot,
    string Title,
    string CaseHandler,
    string ResponsibleManager,
    string CaseFolder,
    string ProposedResolution,
    IReadOnlyList<string> Attachments,
    string CeoRecommendation);
