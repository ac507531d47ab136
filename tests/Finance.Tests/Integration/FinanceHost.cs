using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.Finance.Tests.Integration;

/// <summary>The real finance service in-process (its own Program) on a fresh database, with a gRPC client to it.</summary>
public sealed class FinanceHost : ServiceUnderTest<FinanceGrpcService, FinanceDbContext>
{
    private FinanceHost(string database, string messaging)
        : base(new Dictionary<string, string> { ["financedb"] = database, ["messaging"] = messaging })
    {
        Client = new FinanceService.FinanceServiceClient(Channel);
    }

    public FinanceService.FinanceServiceClient Client { get; }

    /// <summary>
    /// Finance on a new database, pointed at a broker address where nothing listens: its events stay in the outbox,
    /// where these tests read them (delivery over RabbitMQ is tested in Messaging.IntegrationTests).
    /// </summary>
    public static async Task<FinanceHost> StartAsync(PlatformServers servers) =>
        new(await servers.CreateDatabaseAsync("finance"), UnreachableBroker.Address);
}
