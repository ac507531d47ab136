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
        var ok = rejections.CheckId(row, "release_id", message.ReleaseId, "release", "REL-2021-017");
        ok &= rejections.CheckName(row, "service", message.Service, "service", "Doculive EPJ");
        var planned = DateRules.Read(message.PlannedDate, row, "planned_date", required: true, rejections, ref ok);
        var actual = DateRules.Read(message.ActualDate, row, "actual_date", required: false, rejections, ref ok);
        return ok
            ? new ReleaseEntry { ReleaseId = message.ReleaseId, Service = message.Service, PlannedDate = planned!.Value, ActualDate = actual }
            : null;
    }

    /// <summary>The month a release falls in for month closing: when it was carried out, else its plan; and the field that says so.</summary>
    public static (int Year, int Month, string Field) MonthOf(ReleaseEntry release) =>
        release.ActualDate is { } actual ? (actual.Year, actual.Month, "actual_date") : (release.PlannedDate.Year, release.PlannedDate.Month, "planned_date");
}
