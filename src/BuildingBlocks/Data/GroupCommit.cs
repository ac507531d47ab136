using System.Threading.Channels;

namespace Hemit.BuildingBlocks.Data;

/// <summary>
/// A group commit: callers hand in one item each and wait until it is committed, while one loop commits the items in
/// batches. Whatever arrives while a batch is being committed goes into the next one, so under concurrent callers N
/// items cost one transaction (one WAL flush) instead of N, and a lone item is committed at once, never held for a
/// timer. Nothing is buffered past the caller's answer: each caller learns its own item's outcome.
/// </summary>
/// <param name="commit">Commits a batch and gives each item's failure, or null where it was committed.</param>
/// <param name="maxBatch">At most this many items in one batch; more waiting go in the next.</param>
public sealed class GroupCommit<TItem>(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<Exception?>>> commit, int maxBatch) : IAsyncDisposable
{
    private readonly Channel<Waiting> _waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _starting = new();
    private Task? _loop;

    /// <summary>Completes when <paramref name="item"/> is committed; throws its own failure, if it had one.</summary>
    public async Task CommitAsync(TItem item)
    {
        var waiting = new Waiting(item, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_waiting.Writer.TryWrite(waiting))
        {
            // Shutting down: the item is committed on its own rather than dropped.
            await CommitBatchAsync([waiting]);
        }
        else
        {
            EnsureLoop();
        }

        await waiting.Committed.Task;
    }

    /// <summary>Commits what is still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        if (_loop is { } loop)
        {
            await loop;
        }
    }

    private void EnsureLoop()
    {
        if (_loop is not null)
        {
            return;
        }

        lock (_starting)
        {
            // Without the first caller's execution context: its trace and log scope are not every later batch's.
            using (ExecutionContext.SuppressFlow())
            {
                _loop ??= Task.Run(LoopAsync);
            }
        }
    }

    private async Task LoopAsync()
    {
        var batch = new List<Waiting>(maxBatch);
        while (await _waiting.Reader.WaitToReadAsync())
        {
            while (batch.Count < maxBatch && _waiting.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await CommitBatchAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitBatchAsync(IReadOnlyList<Waiting> batch)
    {
        IReadOnlyList<Exception?> failures;
        try
        {
            failures = await commit([.. batch.Select(w => w.Item)]);
            if (failures.Count != batch.Count)
            {
                throw new InvalidOperationException($"A group commit gave {failures.Count} outcomes for {batch.Count} items.");
            }
        }
        catch (Exception exception)
        {
            failures = [.. batch.Select(_ => exception)];
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Committed.TrySetException(failure);
            }
            else
            {
                batch[i].Committed.TrySetResult();
            }
        }
    }

    private sealed record Waiting(TItem Item, TaskCompletionSource Committed);
}
