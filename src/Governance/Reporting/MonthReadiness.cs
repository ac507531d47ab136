using Hemit.Contracts.Common.V1;
using Hemit.Governance.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Reporting;

/// <summary>Each source's state of a month as governance heard it (MonthClosed / MonthReopened), in report order.</summary>
public static class MonthReadiness
{
    public static async Task<IReadOnlyList<(string Source, SourceMonthState State)>> LoadAsync(GovernanceDbContext db, Period period, CancellationToken cancellationToken)
    {
        var closings = await db.SourceClosings.AsNoTracking()
            .Where(c => c.Year == period.Year && c.Month == period.Month).ToListAsync(cancellationToken);
        var reopenings = await db.SourceReopenings.AsNoTracking()
            .Where(r => r.Year == period.Year && r.Month == period.Month).ToListAsync(cancellationToken);
        return ReportSources.All
            .Select(source => (source, SourceMonthState.Of(closings.Where(c => c.Source == source), reopenings.Where(r => r.Source == source))))
            .ToList();
    }
}
