using System.Text.Json;
using Hemit.Projects.Data;
using Hemit.Projects.Portfolio;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Projects.Snapshots;

/// <summary>A frozen report with what names it.</summary>
public sealed record Snapshot(SnapshotEntry Header, PortfolioReport Report);

/// <summary>Takes, lists, reads and compares frozen portfolio reports.</summary>
public sealed class PortfolioSnapshots(ProjectsDbContext db, PortfolioQuery portfolio, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Snapshot> TakeAsync(int year, int month, string label, CancellationToken cancellationToken)
    {
        var report = await portfolio.GetAsync(year, month, cancellationToken);
        var entry = new SnapshotEntry
        {
            SnapshotId = Guid.CreateVersion7(),
            Year = year,
            Month = month,
            Label = label,
            TakenAt = clock.GetUtcNow(),
            Projects = report.Projects.Count,
            Report = JsonSerializer.Serialize(report, Json),
        };
        db.Snapshots.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new Snapshot(entry, report);
    }

    public Task<List<SnapshotEntry>> ListAsync((int Year, int Month)? month, CancellationToken cancellationToken)
    {
        var query = db.Snapshots.AsNoTracking();
        if (month is { } m)
        {
            query = query.Where(s => s.Year == m.Year && s.Month == m.Month);
        }

        return query.OrderBy(s => s.TakenAt).ThenBy(s => s.SnapshotId).ToListAsync(cancellationToken);
    }

    /// <summary>The snapshot as it was taken; null when there is none with that id.</summary>
    public async Task<Snapshot?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await db.Snapshots.AsNoTracking().SingleOrDefaultAsync(s => s.SnapshotId == id, cancellationToken);
        return entry is null ? null : new Snapshot(entry, JsonSerializer.Deserialize<PortfolioReport>(entry.Report, Json)!);
    }
}
