namespace Hemit.HrMetrics.Importing;

/// <summary>A stored HR figure of one month, stamped with the time of the import that last wrote it.</summary>
public interface IMonthlyEntry
{
    int Year { get; }

    int Month { get; }

    DateTimeOffset UpdatedAt { get; }
}
