using Hemit.HostileInput.Tests.Support;

namespace Hemit.HostileInput.Tests.Grpc;

/// <summary>
/// Every bad batch of the gRPC corpus: refused with INVALID_ARGUMENT (FAILED_PRECONDITION for a closed month) and a
/// google.rpc.BadRequest violation on the bad field's path, nothing written (table and outbox counted before and after),
/// and then the same batch corrected is accepted whole.
/// </summary>
[Collection(IngestCollection.Name)]
public sealed class GrpcCorpusTests(IngestHosts hosts)
{
    public static readonly IReadOnlyList<IIngestCase> Cases =
    [
        .. FinanceCases.All, .. HrMetricsCases.All, .. ServiceDeskCases.All, .. ProjectsCases.All, .. GovernanceCases.All,
    ];

    public static TheoryData<string> Names => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public Task A_bad_batch_is_refused_whole_with_its_field_named_and_the_corrected_batch_is_accepted(string name)
    {
        var index = Cases.ToList().FindIndex(c => c.Name == name);
        return Cases[index].RunAsync(hosts, seed: index);
    }
}
