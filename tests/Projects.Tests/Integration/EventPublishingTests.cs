using Hemit.Contracts.Projects.V1;
using Hemit.TestSupport;

namespace Hemit.Projects.Tests.Integration;

/// <summary>The projects service with the real RabbitMQ: the outbox relay publishes what an import announced.</summary>
public sealed class ProjectsHostWithBroker : ProjectsHost
{
    protected override Task<string> MessagingAsync() => PlatformServers.Shared.GetMessagingConnectionStringAsync();
}

public sealed class EventPublishingTests(ProjectsHostWithBroker host) : IClassFixture<ProjectsHostWithBroker>
{
    private static readonly TimeSpan EventuallyLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MilestoneMoved_with_its_projects_at_risk_is_published_on_the_bus()
    {
        await host.PushSeedAsync();
        await host.PushAsync([new Milestone { MilestoneId = "HP-PD1", Name = "Helseplattformen PD1", Owner = "Helseplattformen AS", DueDate = "2022-05-31" }]);

        var deadline = DateTime.UtcNow + EventuallyLimit;
        while (true)
        {
            var row = Assert.Single(await host.Service.OutboxRowsAsync("MilestoneMoved"));
            if (row.PublishedAt is not null)
            {
                Assert.Null(row.LastError);
                Assert.Equal(4, System.Text.Json.JsonDocument.Parse(row.Payload).RootElement.GetProperty("projectsAtRisk").GetArrayLength());
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The outbox row was not published within {EventuallyLimit.TotalSeconds} s; last error: {row.LastError}");
            await Task.Delay(200);
        }
    }
}
