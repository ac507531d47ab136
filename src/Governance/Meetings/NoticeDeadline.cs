namespace Hemit.Governance.Meetings;

/// <summary>
/// The notice (innkalling) must reach the board at least seven days before the meeting. A later notice is still
/// issued (an urgent meeting may need it) but says how many days it is late.
/// </summary>
public readonly record struct NoticeDeadline(DateOnly IssuedOn, DateOnly MeetingDate)
{
    public const int RequiredDays = 7;

    public int DaysBefore => MeetingDate.DayNumber - IssuedOn.DayNumber;

    /// <summary>The last day a notice is in time.</summary>
    public DateOnly LatestInTime => MeetingDate.AddDays(-RequiredDays);

    public int LateByDays => Math.Max(0, RequiredDays - DaysBefore);

    public bool IsLate => LateByDays > 0;
}
