using Hemit.BuildingBlocks.Inbox;
using Hemit.Contracts.Events;
using Hemit.Governance.Data;
using MassTransit;

namespace Hemit.Governance.Reporting;

/// <summary>Keeps a source's reopening of a month, so the month's report is no longer final until the source closes it again.</summary>
public sealed class MonthReopenedHandler(GovernanceDbContext db, InboxTransactions<GovernanceDbContext> inbox)
    : IdempotentConsumer<MonthReopened, GovernanceDbContext>(db, inbox)
{
    protected override Task HandleAsync(MonthReopened message, ConsumeContext<MonthReopened> context)
    {
        Db.SourceReopenings.Add(new SourceReopening
        {
            Source = message.Source,
            Year = message.Year,
            Month = message.Month,
            ReopenedAt = message.CreatedAt,
            ReopenedBy = message.ReopenedBy,
            Reason = message.Reason,
            EventId = message.Id,
        });
        return Task.CompletedTask;
    }
}
