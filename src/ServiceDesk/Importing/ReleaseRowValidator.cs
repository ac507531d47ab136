using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.ServiceDesk.Releases;
using Wire = Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.ServiceDesk.Importing;

/// <summary>Checks pushed releases: an id, a service name, real dates (the actual one may be empty), each release once.</summary>
public static class ReleaseRowValidator
{
    public static readonly BatchRules<Wire.Release, ReleaseEntry, string> Batch =
        new("Release import", "releases", Validate, r => r.ReleaseId, r => ("release_id", $"release {r.ReleaseId}"));

    public static ReleaseEntry? Validate(Wire.Release message, long row, RowRejections rejections)
    {
        var ok = rejections.Check(row, "release_id",
            string.IsNullOrWhiteSpace(message.ReleaseId) ? "missing; give the release's id, e.g. REL-2021-017"
            : message.ReleaseId.Length > 64 ? "is longer than 64 characters" : null);
        ok &= rejections.CheckName(row, "service", message.Service, "service", "Doculive EPJ");
        var planned = DateRules.Read(message.PlannedDate, row, "planned_date", required: true, rejections, ref ok);
        var actual = DateRules.Read(message.ActualDate, row, "actual_date", required: false, rejections, ref ok);
        return ok
            ? new ReleaseEntry { ReleaseId = message.ReleaseId, Service = message.Service, PlannedDate = planned!.Value, ActualDate = actual }
            : null;
    }

    /// <summary>The month a release falls in for month closing: when it was carried out, else its plan.</summary>
    public static (int Year, int Month) MonthOf(ReleaseEntry release) =>
        release.ActualDate is { } actual ? (actual.Year, actual.Month) : (release.PlannedDate.Year, release.PlannedDate.Month);
}
