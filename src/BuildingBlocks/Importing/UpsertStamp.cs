namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// A value every written row gets in one property (e.g. UpdatedAt = now): set on insert and on change,
/// but never a reason to count a row as changed.
/// </summary>
public sealed record UpsertStamp(string Property, object Value);
