using Google.Protobuf.WellKnownTypes;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Naming;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.PeriodClosing;

/// <summary>PeriodCloser's limits, shared with the model that stores them.</summary>
public static class PeriodCloser
{
    public const int MaxReasonLength = 500;
    public const int MaxReopenedByLength = 128;
}

/// <summary>
/// Closes and reopens a month for a source service. Closing records the month and announces <see cref="MonthClosed"/>
/// in one transaction; closing again (also at the same moment from two callers) is harmless and announces nothing new.
/// Reopening removes the closing, keeps who/when/why in <c>period_reopenings</c> and announces <see cref="MonthReopened"/>.
/// Both hold the month's lock (<see cref="MonthLocks"/>), so they never interleave with an import into that month.
/// </summary>
public sealed class PeriodCloser<TContext>(TContext db, IOutbox outbox, TimeProvider time) where TContext : DbContext
{
    public async Task<ClosePeriodResponse> CloseAsync(string source, ClosePeriodRequest request, CancellationToken cancellationToken)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var (year, month) = (period.Year, period.Month);
        return await InMonthTransactionAsync(year, month, async ct =>
        {
            var existing = await FindClosedAsync(year, month, ct);
            if (existing is not null)
            {
                return Response(existing, alreadyClosed: true);
            }

            var closed = new ClosedPeriod { Year = year, Month = month, ClosedAt = ToStoredPrecision(time.GetUtcNow()) };
            db.Set<ClosedPeriod>().Add(closed);
            // The announcement carries the closing time itself, so governance reports the same moment finance does.
            outbox.Add(new MonthClosed(source, year, month) { CreatedAt = closed.ClosedAt });
            return Response(closed, alreadyClosed: false);
        }, cancellationToken);
    }

    public async Task<ReopenPeriodResponse> ReopenAsync(string source, ReopenPeriodRequest request, CancellationToken cancellationToken)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var reason = RequireText(request.Reason, "reason", maxLength: PeriodCloser.MaxReasonLength,
            "missing; say why the month is reopened, e.g. \"Late invoice from Sykehuspartner\"");
        var reopenedBy = RequireText(request.ReopenedBy, "reopened_by", maxLength: PeriodCloser.MaxReopenedByLength,
            "missing; give who reopens the month (the CLI sends --by, by default your user name)");
        var (year, month) = (period.Year, period.Month);
        return await InMonthTransactionAsync(year, month, async ct =>
        {
            var reopenedAt = ToStoredPrecision(time.GetUtcNow());
            var closed = await FindClosedAsync(year, month, ct);
            if (closed is null)
            {
                return new ReopenPeriodResponse { Period = Period.Of(year, month), WasOpen = true, ReopenedAt = Timestamp.FromDateTimeOffset(reopenedAt) };
            }

            db.Set<ClosedPeriod>().Attach(closed);
            db.Set<ClosedPeriod>().Remove(closed);
            db.Set<PeriodReopening>().Add(new PeriodReopening
            {
                Year = year, Month = month, ClosedAt = closed.ClosedAt, ReopenedAt = reopenedAt, ReopenedBy = reopenedBy, Reason = reason,
            });
            outbox.Add(new MonthReopened(source, year, month, reopenedBy, reason) { CreatedAt = reopenedAt });
            return new ReopenPeriodResponse
            {
                Period = Period.Of(year, month),
                WasOpen = false,
                ReopenedAt = Timestamp.FromDateTimeOffset(reopenedAt),
                ClosedAt = Timestamp.FromDateTimeOffset(closed.ClosedAt),
            };
        }, cancellationToken);
    }

    /// <summary>One transaction holding the month's lock (<see cref="LockedTransaction"/>).</summary>
    private Task<TResponse> InMonthTransactionAsync<TResponse>(
        int year, int month, Func<CancellationToken, Task<TResponse>> work, CancellationToken cancellationToken) =>
        LockedTransaction.RunAsync(db, LockSpace.Month, [MonthLocks.Key(year, month)], work, cancellationToken);

    private Task<ClosedPeriod?> FindClosedAsync(int year, int month, CancellationToken cancellationToken) =>
        db.Set<ClosedPeriod>().AsNoTracking().SingleOrDefaultAsync(p => p.Year == year && p.Month == month, cancellationToken);

    private static string RequireText(string? text, string field, int maxLength, string whenMissing)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw InvalidArgument.ForField(field, whenMissing);
        }

        if (trimmed.Length > maxLength)
        {
            throw InvalidArgument.ForField(field, $"is {trimmed.Length} characters long; at most {maxLength}");
        }

        if (NameRule.LooksPersonal(trimmed))
        {
            throw InvalidArgument.ForField(field, $"'{NameRule.Mask(trimmed)}' looks like personal data (a national identity number or an e-mail address); leave it out");
        }

        return trimmed;
    }

    /// <summary>
    /// PostgreSQL keeps microseconds; the clock gives 100 ns ticks. Cut to what is stored, so the first answer's
    /// closing time is the same as every later one read back from the table.
    /// </summary>
    private static DateTimeOffset ToStoredPrecision(DateTimeOffset moment) =>
        moment.AddTicks(-(moment.Ticks % TimeSpan.TicksPerMicrosecond));

    private static ClosePeriodResponse Response(ClosedPeriod closed, bool alreadyClosed) => new()
    {
        Period = Period.Of(closed.Year, closed.Month),
        AlreadyClosed = alreadyClosed,
        ClosedAt = Timestamp.FromDateTimeOffset(closed.ClosedAt),
    };
}
