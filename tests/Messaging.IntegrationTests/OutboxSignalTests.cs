using Hemit.BuildingBlocks.Outbox;
using Hemit.Finance.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>The relay is woken by what wrote outbox rows, once they are committed, and by nothing else.</summary>
[Collection(ServersCollection.Name)]
public sealed class OutboxSignalTests(ServersFixture servers)
{
    [Fact]
    public async Task Only_a_save_or_commit_that_wrote_outbox_rows_wakes_the_relay()
    {
        var signal = new OutboxSignal();
        await using var db = new FinanceDbContext(new DbContextOptionsBuilder<FinanceDbContext>()
            .UseNpgsql(await servers.CreateDatabaseAsync("signal")).Options);

        // A save with no outbox row (an audit entry, an inbox row): nothing to publish.
        signal.Saved(db);
        Assert.False(await WokenAsync(signal), "a save without outbox rows woke the relay");

        // Outbox rows saved outside a transaction: committed with the save.
        signal.RowsAdded(db);
        signal.Saved(db);
        Assert.True(await WokenAsync(signal), "saved outbox rows did not wake the relay");

        // Inside a transaction: not at the save, only at the commit, and once.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            signal.RowsAdded(db);
            signal.Saved(db);
            Assert.False(await WokenAsync(signal), "the relay was woken before the rows' transaction committed");
            await transaction.CommitAsync();
            signal.Committed(db);
        }

        Assert.True(await WokenAsync(signal), "a commit with outbox rows did not wake the relay");
        signal.Committed(db);
        Assert.False(await WokenAsync(signal), "a later commit without new rows woke the relay again");

        // Rolled back: the rows were never written.
        signal.RowsAdded(db);
        signal.RolledBack(db);
        signal.Committed(db);
        Assert.False(await WokenAsync(signal), "rolled-back outbox rows woke the relay");
    }

    private static Task<bool> WokenAsync(OutboxSignal signal) => signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);
}
