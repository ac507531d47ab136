using Hemit.Governance.Data;
using Hemit.Governance.Refusals;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.ReportingCalendar;

/// <summary>The owner's deadlines as set and the reports as sent, judged against the owner's reporting rules.</summary>
public sealed class OwnerReporting(GovernanceDbContext db)
{
    public async Task<CalendarEntry> SetDeadlineAsync(ReportKind kind, string covers, DateOnly due, DateOnly today, CancellationToken cancellationToken)
    {
        var row = await RowAsync(kind, covers, cancellationToken);
        row.Due = due;
        await db.SaveChangesAsync(cancellationToken);
        return await EntryAsync(kind, covers, today, cancellationToken);
    }

    public async Task<CalendarEntry> MarkSubmittedAsync(ReportKind kind, string covers, DateOnly submittedOn, DateOnly today, CancellationToken cancellationToken)
    {
        var row = await RowAsync(kind, covers, cancellationToken);
        row.SubmittedOn = submittedOn;
        await db.SaveChangesAsync(cancellationToken);
        return await EntryAsync(kind, covers, today, cancellationToken);
    }

    public async Task<IReadOnlyList<CalendarEntry>> CalendarAsync(int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await db.ReportingDeadlines.AsNoTracking().ToListAsync(cancellationToken);
        var deadlines = rows.ToDictionary(r => (r.Kind, r.Covers), r => r.Due);
        var sent = rows.ToDictionary(r => (r.Kind, r.Covers), r => r.SubmittedOn);
        return OwnerReportingRules.Reports(year, deadlines)
            .Select(report => OwnerReportingRules.Judge(report, sent.GetValueOrDefault((report.Kind, report.Covers)), asOf))
            .ToList();
    }

    private async Task<CalendarEntry> EntryAsync(ReportKind kind, string covers, DateOnly asOf, CancellationToken cancellationToken) =>
        (await CalendarAsync(OwnerReportingRules.CalendarYear(kind, covers)!.Value, asOf, cancellationToken))
        .Single(e => e.Report.Kind == kind && e.Report.Covers == covers);

    private async Task<ReportingDeadline> RowAsync(ReportKind kind, string covers, CancellationToken cancellationToken)
    {
        var problems = new Problems();
        var year = OwnerReportingRules.CalendarYear(kind, covers);
        if (problems.Require(year is not null, "covers", $"«{covers}» names no period (e.g. 2025-03, 2025-06..07, 2025-T1, 2024)"))
        {
            problems.Require(OwnerReportingRules.Problem(year!.Value, kind, covers) is null, "covers", OwnerReportingRules.Problem(year.Value, kind, covers) ?? string.Empty);
        }

        problems.ThrowIfAny();
        var row = await db.ReportingDeadlines.FirstOrDefaultAsync(d => d.Kind == kind && d.Covers == covers, cancellationToken);
        if (row is null)
        {
            row = new ReportingDeadline { Kind = kind, Covers = covers };
            db.ReportingDeadlines.Add(row);
        }

        return row;
    }
}
