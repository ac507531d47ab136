using Hemit.TestSupport;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using MassTransit;
using Npgsql;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>The booted platform answers as a whole: every service, one event across RabbitMQ, redelivery absorbed.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformTests(PlatformStack stack)
{
    [Theory]
    [InlineData("finance")]
    [InlineData("hrmetrics")]
    [InlineData("servicedesk")]
    [InlineData("projects")]
    [InlineData("governance")]
    public async Task Every_service_is_serving_and_lists_its_api_by_reflection(string service)
    {
        using var channel = stack.AnonymousChannel(service);

        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        using var reflection = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();
        await reflection.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await reflection.RequestStream.CompleteAsync();
        Assert.True(await reflection.ResponseStream.MoveNext());
        var listed = reflection.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains(Services.GrpcServiceByResource[service], listed);
        Assert.Contains("grpc.health.v1.Health", listed);
    }

    [Fact]
    public async Task A_month_closed_in_finance_reaches_governance_over_rabbitmq()
    {
        using var finance = Channel("finance");
        using var governance = Channel("governance");
        var september = Period.Of(2021, 9);

        var closed = await new FinanceService.FinanceServiceClient(finance).ClosePeriodAsync(new ClosePeriodRequest { Period = september });

        var readiness = await Eventually.ReachAsync(
            () => new GovernanceService.GovernanceServiceClient(governance)
                .GetReportReadinessAsync(new GetReportReadinessRequest { Period = september }).ResponseAsync,
            r => r.Sources.Single(s => s.Source == "finance").Closed,
            "governance sees finance's September closed");

        Assert.Equal(closed.ClosedAt, readiness.Sources.Single(s => s.Source == "finance").ClosedAt);
        Assert.False(readiness.Ready);
    }

    [Fact]
    public async Task A_month_closed_event_delivered_twice_is_recorded_once()
    {
        var duplicate = new MonthClosed("servicedesk", 2021, 7);
        var marker = new MonthClosed("projects", 2021, 7);
        var messaging = await stack.ConnectionStringAsync("messaging");
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(messaging)));
        await bus.StartAsync();
        try
        {
            await bus.Publish(duplicate, context => context.MessageId = duplicate.Id);
            await bus.Publish(duplicate, context => context.MessageId = duplicate.Id);
            await bus.Publish(marker, context => context.MessageId = marker.Id);
        }
        finally
        {
            await bus.StopAsync();
        }

        // The marker is published last on the same queue: once it is in, both copies of the duplicate were delivered,
        // though one may still be waiting for a retry (a first handling can fail while governance gets its token).
        await Eventually.ReachAsync(() => CountClosingsAsync(marker.Id), count => count == 1, "the marker event is recorded");
        await Eventually.ReachAsync(() => CountInboxAsync(duplicate.Id), count => count >= 1, "the duplicate is handled");
        Assert.Equal(1, await CountInboxAsync(duplicate.Id));
        Assert.Equal(1, await CountClosingsAsync(duplicate.Id));

        using var governance = Channel("governance");
        var readiness = await new GovernanceService.GovernanceServiceClient(governance)
            .GetReportReadinessAsync(new GetReportReadinessRequest { Period = Period.Of(2021, 7) });
        Assert.Equal(
            ["servicedesk", "projects"],
            readiness.Sources.Where(s => s.Closed).Select(s => s.Source).ToArray());
    }

    private GrpcChannel Channel(string service) => stack.Channel(service);

    private async Task<long> CountInboxAsync(Guid messageId)
    {
        await using var connection = new NpgsqlConnection(await stack.ConnectionStringAsync("governancedb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE message_id = @id", connection);
        command.Parameters.AddWithValue("id", messageId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> CountClosingsAsync(Guid eventId)
    {
        await using var connection = new NpgsqlConnection(await stack.ConnectionStringAsync("governancedb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM source_closings WHERE event_id = @id", connection);
        command.Parameters.AddWithValue("id", eventId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
