namespace Hemit.BuildingBlocks.PeriodClosing;

/// <summary>A month whose figures this service has declared final (månedsavslutning).</summary>
public sealed class ClosedPeriod
{
    public int Year { get; set; }

    public int Month { get; set; }

    public DateTimeOffset ClosedAt { get; set; }
}
