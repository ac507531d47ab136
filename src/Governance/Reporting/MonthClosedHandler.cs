using Hemit.BuildingBlocks.Inbox;
using Hemit.Contracts.Events;
using Hemit.Governance.Data;
using MassTransit;

namespace Hemit.Governance.Reporting;

public sealed class MonthClosedHandler(GovernanceDbContext db, InboxTransactions<GovernanceDbContext> inbox)
    : IdempotentConsumer<MonthClosed, GovernanceDbContext>(db, inbox)
{
    protected override Task HandleAsync(MonthClosed message, ConsumeContext<MonthClosed> context)
    {
        Db.SourceClosings.Add(new SourceClosing
        {
            Source = message.Source,
            Year = message.Year,
            Month = message.Month,
            ClosedAt = message.CreatedAt,
            EventId = message.Id,
        });
        return Task.CompletedTask;
    }
}
