using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.ServiceDesk;
using Hemit.ServiceDesk.Availability;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Reporting;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.ServiceDesk.Importing;

/// <summary>
/// Ingest of the service catalogue's levels and windows (a service's pushed windows replace its stored ones) and of
/// downtime (new or changed unplanned downtime of a level-1 service announced as <see cref="MajorIncidentRecorded"/>).
/// </summary>
public sealed class AvailabilityImporter(ServiceDeskDbContext db, IOutbox outbox)
{
    public async Task<ImportSummary> ImportServiceLevelsAsync(IAsyncStreamReader<Wire.ServiceLevel> stream, CancellationToken cancellationToken)
    {
        var rows = await AvailabilityRowValidators.ServiceLevels.ReadAsync(stream, cancellationToken);
        var rejections = new RowRejections();
        foreach (var service in rows.GroupBy(r => r.Level.Service, StringComparer.Ordinal))
        {
            var first = service.First();
            foreach (var other in service.Where(r => r.Level.Level != first.Level.Level))
            {
                rejections.Add(other.Row, "level", $"{service.Key} has level {first.Level.Level} in row {first.Row}; a service has one level");
            }
        }

        if (rejections.Any)
        {
            throw InvalidArgument.ForRows(rejections.All, AvailabilityRowValidators.ServiceLevels.What, AvailabilityRowValidators.ServiceLevels.Rows);
        }

        var changedRows = 0;
        await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            var levels = rows.GroupBy(r => r.Level.Service, StringComparer.Ordinal).Select(g => g.First().Level).ToList();
            var changedLevels = (await import.UpsertAsync(levels, ct)).Select(l => l.Service).ToHashSet(StringComparer.Ordinal);
            var services = levels.Select(l => l.Service).ToList();
            var windows = rows.Where(r => r.Window is not null).Select(r => r.Window!).ToList();
            var stored = await db.MaintenanceWindows.Where(w => services.Contains(w.Service)).ToListAsync(ct);
            db.MaintenanceWindows.RemoveRange(stored.Where(s => !windows.Any(w => w.Service == s.Service && w.Weekday == s.Weekday && w.Start == s.Start)));
            var changedWindows = windows.Count > 0 ? (await import.UpsertAsync(windows, ct)).ToHashSet() : [];

            // The summary counts the file's rows, as every import does: a row is changed when its level or its window is.
            changedRows = rows.Count(r => changedLevels.Contains(r.Level.Service) || (r.Window is not null && changedWindows.Contains(r.Window)));
        }, cancellationToken);
        return new ImportSummary { Accepted = changedRows, Unchanged = rows.Count - changedRows };
    }

    public async Task<ImportSummary> ImportDowntimeAsync(IAsyncStreamReader<Wire.Downtime> stream, CancellationToken cancellationToken)
    {
        var rows = await AvailabilityRowValidators.Downtime.ReadAsync(stream, cancellationToken);
        var batch = AvailabilityRowValidators.Downtime;
        var months = batch.MonthsOf(rows, d => (OsloMonth.Of(d.Start).Year, OsloMonth.Of(d.Start).Month, "start"))
            .Concat(batch.MonthsOf(rows, d => (OsloMonth.Of(d.End.AddTicks(-1)).Year, OsloMonth.Of(d.End.AddTicks(-1)).Month, "end"))).ToList();
        return await ImportTransaction.RunAsync(db, months, async (import, ct) =>
        {
            var changed = await import.UpsertAsync(rows, ct);
            var services = changed.Select(d => d.Service).Distinct().ToList();
            var levelOne = await db.ServiceLevels.AsNoTracking().Where(l => services.Contains(l.Service) && l.Level == 1).Select(l => l.Service).ToListAsync(ct);
            foreach (var incident in changed.Where(d => !d.Planned && !d.OutsideHemit && levelOne.Contains(d.Service)).OrderBy(d => d.Start))
            {
                outbox.Add(new MajorIncidentRecorded(incident.Service, incident.Start, incident.End, incident.Description));
            }
        }, cancellationToken);
    }
}
