using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Hemit.BuildingBlocks.Outbox;
using Hemit.ServiceTestHost;
using Microsoft.EntityFrameworkCore;

namespace Hemit.HostileInput.Tests.Support;

/// <summary>One bad input for one entry point: refused whole with a field-level reason, then the corrected input accepted.</summary>
public interface IIngestCase
{
    /// <summary>The entry point, as <c>service.Method</c> or <c>csv:kind</c>.</summary>
    string EntryPoint { get; }

    /// <summary>Unique in the corpus; the test's display name.</summary>
    string Name { get; }

    /// <param name="seed">Unique per case, so each case's corrected rows are new rows (accepted, not unchanged).</param>
    Task RunAsync(IngestHosts hosts, int seed);
}

/// <summary>
/// A gRPC ingest entry point: how to push a batch, how many rows its table holds, and a valid batch of three rows (with
/// æ, ø, å wherever the rows carry text) that a case spoils.
/// </summary>
public sealed class Ingest<TMessage> where TMessage : class, IMessage<TMessage>, IDeepCloneable<TMessage>
{
    public required string EntryPoint { get; init; }

    /// <summary>Pushes the batch; returns how many rows the service says it accepted (new or changed).</summary>
    public required Func<IngestHosts, IReadOnlyList<TMessage>, Task<int>> PushAsync { get; init; }

    /// <summary>The rows of the entry point's table, and of the service's outbox: neither may grow on a refusal.</summary>
    public required Func<IngestHosts, Task<(int Rows, int Events)>> CountAsync { get; init; }

    /// <summary>Three sound rows, unique to the seed.</summary>
    public required Func<int, List<TMessage>> Valid { get; init; }

    /// <summary>A case: <paramref name="spoil"/> breaks the valid batch; the refusal must name <paramref name="field"/> (AIP-193 path).</summary>
    public IIngestCase Refuses(string name, Action<List<TMessage>> spoil, string field, StatusCode code = StatusCode.InvalidArgument) =>
        new GrpcCase<TMessage>(this, name, spoil, field, code);

    /// <summary>Spoils one row (0-based, as the field path counts).</summary>
    public static Action<List<TMessage>> At(int index, Action<TMessage> spoil) => rows => spoil(rows[index]);

    /// <summary>Counts an entity's rows and the outbox's, through the service's own DbContext.</summary>
    public static Func<IngestHosts, Task<(int Rows, int Events)>> Count<TEntryPoint, TContext, TEntity>(
        Func<IngestHosts, ServiceUnderTest<TEntryPoint, TContext>> host)
        where TEntryPoint : class where TContext : DbContext where TEntity : class =>
        async hosts => await host(hosts).QueryAsync(async db =>
            (await db.Set<TEntity>().CountAsync(), await db.Set<OutboxMessage>().CountAsync()));
}

internal sealed class GrpcCase<TMessage>(Ingest<TMessage> ingest, string name, Action<List<TMessage>> spoil, string field, StatusCode code)
    : IIngestCase where TMessage : class, IMessage<TMessage>, IDeepCloneable<TMessage>
{
    public string EntryPoint => ingest.EntryPoint;

    public string Name { get; } = $"{ingest.EntryPoint}: {name}";

    public async Task RunAsync(IngestHosts hosts, int seed)
    {
        var corrected = ingest.Valid(seed);
        var bad = corrected.Select(m => m.Clone()).ToList();
        spoil(bad);
        var before = await ingest.CountAsync(hosts);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => ingest.PushAsync(hosts, bad));

        Assert.True(code == refusal.StatusCode, $"{Name}: expected {code}, got {refusal.StatusCode} ({refusal.Status.Detail})");
        var violations = refusal.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations
            ?? throw new Xunit.Sdk.XunitException($"{Name}: the refusal has no google.rpc.BadRequest ({refusal.Status.Detail})");
        Assert.True(violations.Any(v => v.Field == field && v.Description.Length > 0),
            $"{Name}: expected a violation of {field}; got {string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"))}");
        Assert.Equal(before, await ingest.CountAsync(hosts));

        var accepted = await ingest.PushAsync(hosts, corrected);

        Assert.Equal(corrected.Count, accepted);
        var after = await ingest.CountAsync(hosts);
        Assert.True(after.Rows > before.Rows, $"{Name}: the corrected batch was accepted but its table did not grow");
    }
}
