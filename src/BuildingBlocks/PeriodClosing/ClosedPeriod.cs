namespace Hemit.BuildingBlocks.PeriodClosing;

/// <summary>A month whose figures this service has declared final (månedsavslutning); the row goes when the month is reopened.</summary>
public sealed class ClosedPeriod
{
    public int Year { get; set; }

    public int Month { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    /// <summary>YYYY-MM.</summary>
    public string Text => $"{Year:D4}-{Month:D2}";
}
