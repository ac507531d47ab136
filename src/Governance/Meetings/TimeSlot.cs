namespace Hemit.Governance.Meetings;

/// <summary>A stretch of a meeting day, e.g. 12:00-12:05 for a sak or 10:00-12:00 for the seminar.</summary>
public readonly record struct TimeSlot(TimeOnly Start, TimeOnly End)
{
    public bool IsOrdered => End > Start;

    public bool Within(TimeSlot outer) => Start >= outer.Start && End <= outer.End;

    public override string ToString() => $"{Start:HH:mm}-{End:HH:mm}";

    /// <summary>As the notice's agenda prints a sak's time: 1200-1205.</summary>
    public string Compact => $"{Start:HHmm}-{End:HHmm}";
}
