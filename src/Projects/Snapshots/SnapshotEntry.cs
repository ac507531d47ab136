namespace Hemit.Projects.Snapshots;

/// <summary>A portfolio report frozen when taken: <see cref="Report"/> is its JSON, never recomputed.</summary>
public sealed class SnapshotEntry
{
    public Guid SnapshotId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public string Label { get; set; } = string.Empty;

    public DateTimeOffset TakenAt { get; set; }

    public int Projects { get; set; }

    public required string Report { get; set; }
}
