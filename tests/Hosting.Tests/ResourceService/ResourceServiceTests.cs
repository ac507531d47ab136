using Hemit.TestSupport;
using Grpc.Core;
using Grpc.Net.Client;
using Hemit.Contracts.Dashboard.V1;
using Hemit.Hosting.Tests.Support;

namespace Hemit.Hosting.Tests.ResourceService;

/// <summary>The dashboard's view: hemit.dashboard.v1.DashboardService served by a running host.</summary>
[Collection(RealProcessesCollection.Name)]
public sealed class ResourceServiceTests : IDisposable
{
    private readonly TemporaryDataFolder _folder = new();

    [Fact]
    public async Task The_dashboard_watches_resources_reads_console_logs_and_runs_commands()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = QuietApplications.CreateBuilder(_folder.Path, serveResourceService: true);
        builder.AddProject<global::Projects.SampleService>("finance").WithEnvironment("Finance__SapToken", "hidden", isSecret: true);
        await using var application = builder.Build();
        await application.StartAsync(timeout.Token);
        Assert.StartsWith("http://127.0.0.1:", application.ResourceServiceUrl);

        using var channel = GrpcChannel.ForAddress(application.ResourceServiceUrl!);
        var client = new DashboardService.DashboardServiceClient(channel);

        var information = await client.GetApplicationInformationAsync(new GetApplicationInformationRequest(), cancellationToken: timeout.Token);
        Assert.Equal("Hemit Platform", information.ApplicationName);

        using var watch = client.WatchResources(new WatchResourcesRequest(), cancellationToken: timeout.Token);
        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        var finance = Assert.Single(watch.ResponseStream.Current.InitialData.Resources);
        Assert.Equal(("finance", "Project", "Running", "Healthy"), (finance.Name, finance.ResourceType, finance.State, finance.Health));
        Assert.Equal(["http", "grpc"], finance.Urls.Select(u => u.EndpointName));
        Assert.Equal(["stop", "restart"], finance.Commands);
        var token = Assert.Single(finance.Environment, v => v.Name == "Finance__SapToken");
        Assert.True(token.IsSecret);
        Assert.Equal("********", token.Value);
        Assert.DoesNotContain(finance.Environment, v => v.Value.Contains("hidden", StringComparison.Ordinal));

        using var logs = client.WatchResourceConsoleLogs(new WatchResourceConsoleLogsRequest { ResourceName = "finance" }, cancellationToken: timeout.Token);
        var lines = new List<Hemit.Contracts.Dashboard.V1.ConsoleLogLine>();
        while (!lines.Any(l => l.IsStdErr) && await logs.ResponseStream.MoveNext(timeout.Token))
        {
            lines.AddRange(logs.ResponseStream.Current.LogLines);
        }

        Assert.Contains(lines, l => l.Text == "sample service finance started" && !l.IsStdErr);
        Assert.Contains(lines, l => l.Text == "sample service writes to stderr too" && l.IsStdErr);
        Assert.Equal(lines.Select(l => l.LineNumber).Order(), lines.Select(l => l.LineNumber));

        var stopped = await client.ExecuteResourceCommandAsync(new ExecuteResourceCommandRequest { ResourceName = "finance", CommandName = "stop" }, cancellationToken: timeout.Token);
        Assert.True(stopped.Succeeded, stopped.ErrorMessage);
        var states = new List<string>();
        while (!states.Contains("Stopped") && await watch.ResponseStream.MoveNext(timeout.Token))
        {
            states.AddRange(watch.ResponseStream.Current.Changes.Value.Select(c => c.Upsert.State));
        }

        Assert.Contains("Stopping", states);
        Assert.Contains("Stopped", states);

        var unknown = await client.ExecuteResourceCommandAsync(new ExecuteResourceCommandRequest { ResourceName = "finance", CommandName = "explode" }, cancellationToken: timeout.Token);
        Assert.False(unknown.Succeeded);
        Assert.Contains("'explode'", unknown.ErrorMessage);

        var missing = await client.ExecuteResourceCommandAsync(new ExecuteResourceCommandRequest { ResourceName = "payroll", CommandName = "start" }, cancellationToken: timeout.Token);
        Assert.False(missing.Succeeded);
        Assert.Contains("'payroll'", missing.ErrorMessage);

        using var noSuchLogs = client.WatchResourceConsoleLogs(new WatchResourceConsoleLogsRequest { ResourceName = "payroll" }, cancellationToken: timeout.Token);
        var notFound = await Assert.ThrowsAsync<RpcException>(() => noSuchLogs.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
    }

    public void Dispose() => _folder.Dispose();
}
