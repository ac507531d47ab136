using Grpc.Core;
using Hemit.Contracts.Common.V1;
using StreamingHost = Hemit.ServiceTestHost.ServiceUnderTest<Hemit.Finance.Grpc.FinanceGrpcService, Hemit.Finance.Data.FinanceDbContext>;

namespace Hemit.HostileInput.Tests.Support;

/// <summary>Pushing a batch as the CLI does: one client-streaming call (ServiceTestHost's PushAsync), with a deadline so a hang fails.</summary>
public static class Streams
{
    public static DateTime Deadline => DateTime.UtcNow.AddMinutes(1);

    public static async Task<int> AcceptedAsync<TMessage>(AsyncClientStreamingCall<TMessage, ImportSummary> call, IReadOnlyList<TMessage> rows) =>
        (await StreamingHost.PushAsync(call, rows)).Accepted;

    /// <summary>The rows as a <c>…Batches</c> method takes them: two in the first message, an empty one, the rest in the third, so rows (and their numbers) cross messages.</summary>
    public static List<TBatch> InBatches<TRow, TBatch>(IReadOnlyList<TRow> rows, Func<IEnumerable<TRow>, TBatch> batch) =>
        [batch(rows.Take(2)), batch([]), batch(rows.Skip(2))];
}
