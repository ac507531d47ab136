using Hemit.BuildingBlocks.Data;
using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>The group commit under the inbox and the audit trail: who waits for what, and whose failure is whose.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Items_arriving_while_a_batch_commits_go_together_in_the_next_and_each_caller_waits_for_its_own()
    {
        var firstBatchEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstBatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var batches = new List<int[]>();
        await using var group = new GroupCommit<int>(async items =>
        {
            batches.Add([.. items]);
            if (batches.Count == 1)
            {
                firstBatchEntered.SetResult();
                await releaseFirstBatch.Task;
            }

            return new Exception?[items.Count];
        }, maxBatch: 3);

        var first = group.CommitAsync(1);
        await firstBatchEntered.Task;
        var waiting = Enumerable.Range(2, 4).Select(group.CommitAsync).ToArray();
        await Task.Delay(50);

        Assert.False(first.IsCompleted, "an item is answered before its batch committed");
        Assert.DoesNotContain(waiting, w => w.IsCompleted);
        releaseFirstBatch.SetResult();
        await Task.WhenAll(waiting.Append(first));
        Assert.Equal([[1], [2, 3, 4], [5]], batches);
    }

    [Fact]
    public async Task A_failure_reaches_only_the_caller_whose_item_failed()
    {
        await using var group = new GroupCommit<string>(items =>
            Task.FromResult<IReadOnlyList<Exception?>>([.. items.Select(i => i == "bad" ? new InvalidOperationException($"{i} refused") : null)]),
            maxBatch: 10);

        var good = group.CommitAsync("good");
        var bad = group.CommitAsync("bad");

        await good;
        Assert.Equal("bad refused", (await Assert.ThrowsAsync<InvalidOperationException>(() => bad)).Message);
    }

    [Fact]
    public async Task A_commit_that_throws_fails_every_item_of_its_batch_and_the_next_batch_still_runs()
    {
        var calls = 0;
        await using var group = new GroupCommit<int>(items =>
            ++calls == 1 ? throw new TimeoutException("database away") : Task.FromResult<IReadOnlyList<Exception?>>(new Exception?[items.Count]),
            maxBatch: 10);

        await Assert.ThrowsAsync<TimeoutException>(() => group.CommitAsync(1));
        await group.CommitAsync(2);
    }

    [Fact]
    public async Task Batches_do_not_run_in_the_first_callers_context()
    {
        var caller = new AsyncLocal<string?>();
        var seen = new List<string?>();
        await using var group = new GroupCommit<int>(items =>
        {
            seen.Add(caller.Value);
            return Task.FromResult<IReadOnlyList<Exception?>>(new Exception?[items.Count]);
        }, maxBatch: 10);

        // The first caller's trace (an AsyncLocal, as Activity.Current is) must not become every later batch's.
        caller.Value = "first request";
        await group.CommitAsync(1);
        caller.Value = "second request";
        await group.CommitAsync(2);

        Assert.Equal([null, null], seen);
    }
}
