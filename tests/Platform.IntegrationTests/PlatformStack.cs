using Hemit.AppHost;
using Hemit.Hosting;
using Hemit.TestSupport;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>
/// The whole platform exactly as <c>dotnet run --project AppHost</c> composes it (dashboard included), on real
/// PostgreSQL and RabbitMQ processes in a temporary data folder, shared by the tests of one collection.
/// </summary>
public sealed class PlatformStack : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    public string DataDirectory { get; } = TestDataFolders.CreateRoot();

    public DistributedApplication App { get; private set; } = null!;

    public static async Task<DistributedApplication> StartAsync(string dataDirectory, bool withDashboard)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            DataDirectory = dataDirectory,
            ShowConsoleOutput = false,
            AdvertiseEndpoints = false,
        });
        if (withDashboard)
        {
            builder.AddDashboard<Projects.Dashboard>();
        }

        HemitPlatform.Configure(builder);
        var app = builder.Build();
        using var limit = new CancellationTokenSource(StartLimit);
        await app.StartAsync(limit.Token);
        return app;
    }

    public async Task InitializeAsync() => App = await StartAsync(DataDirectory, withDashboard: true);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        TestDataFolders.Remove(DataDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformStack>
{
    public const string Name = "platform";
}
