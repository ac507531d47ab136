namespace Hemit.HrMetrics.Importing;

/// <summary>A month an import changed: the rows of the batch that were new or changed, and all the month's rows as stored now.</summary>
public sealed record ChangedMonth<TEntry>(int Year, int Month, IReadOnlyList<TEntry> Changed, IReadOnlyList<TEntry> Stored);
