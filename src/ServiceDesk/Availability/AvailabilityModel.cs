namespace Hemit.ServiceDesk.Availability;

/// <summary>A service's level (tjenestenivå 1 = 24/7 with on-call).</summary>
public sealed class ServiceLevelEntry
{
    public required string Service { get; set; }

    public int Level { get; set; }
}

/// <summary>An agreed weekly maintenance window of a service, Oslo time, within one day.</summary>
public sealed class MaintenanceWindowEntry
{
    public required string Service { get; set; }

    public DayOfWeek Weekday { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }
}

/// <summary>A stretch of downtime of a service.</summary>
public sealed class DowntimeEntry
{
    public required string Service { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public bool Planned { get; set; }

    public required string Description { get; set; }

    public bool OutsideHemit { get; set; }
}
