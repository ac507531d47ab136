using Google.Protobuf.WellKnownTypes;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.PeriodClosing;

/// <summary>
/// Closes a month for a source service: records it and announces <see cref="MonthClosed"/> in one transaction.
/// Closing again is harmless and announces nothing new.
/// </summary>
public sealed class PeriodCloser<TContext>(TContext db, IOutbox outbox, TimeProvider time) where TContext : DbContext
{
    public async Task<ClosePeriodResponse> CloseAsync(string source, ClosePeriodRequest request, CancellationToken cancellationToken)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var (year, month) = (period.Year, period.Month);
        var existing = await db.Set<ClosedPeriod>().FindAsync([year, month], cancellationToken);
        if (existing is not null)
        {
            return Response(existing, alreadyClosed: true);
        }

        var closed = new ClosedPeriod { Year = year, Month = month, ClosedAt = ToStoredPrecision(time.GetUtcNow()) };
        db.Set<ClosedPeriod>().Add(closed);
        // The announcement carries the closing time itself, so governance reports the same moment finance does.
        outbox.Add(new MonthClosed(source, year, month) { CreatedAt = closed.ClosedAt });
        await db.SaveChangesAsync(cancellationToken);
        return Response(closed, alreadyClosed: false);
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
