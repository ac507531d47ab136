using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hemit.Contracts.Dashboard.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hemit.Dashboard.Tests.Support;

/// <summary>
/// A small but real <c>hemit.dashboard.v1.DashboardService</c> over gRPC, standing in for the AppHost:
/// two resources with console output, and commands that it records and answers (a restart counts up).
/// </summary>
public sealed class TestResourceService : DashboardService.DashboardServiceBase
{
    public static readonly DateTimeOffset BootTime = new(2026, 10, 31, 8, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<string, Resource> resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Channel<Resource>, bool> watchers = new();

    public TestResourceService()
    {
        resources["finance"] = NewResource("finance", 5101);
        resources["governance"] = NewResource("governance", 5105);
    }

    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>Console lines of both resources, deliberately alternating in time.</summary>
    public static IReadOnlyList<ConsoleLogLine> ConsoleLines { get; } =
    [
        Line("finance", 1, 0, "info: Microsoft.Hosting.Lifetime[14] Now listening on: http://localhost:5101"),
        Line("governance", 1, 1, "info: Microsoft.Hosting.Lifetime[14] Now listening on: http://localhost:5105"),
        Line("finance", 2, 2, "info: Hemit.Finance.Ledger[0] Imported 12 ledger lines for 2021-10"),
        Line("governance", 2, 3, "warn: Hemit.Governance.Reports[0] Status report 2021-10 waits for HR figures", stdErr: true),
        Line("finance", 3, 4, "info: Hemit.Finance.Ledger[0] Month 2021-10 closed (MonthClosed published)"),
    ];

    public static async Task<(WebApplication Host, TestResourceService Service, Uri Address)> StartAsync()
    {
        var service = new TestResourceService();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(service);
        var host = builder.Build();
        host.MapGrpcService<TestResourceService>();
        await host.StartAsync();
        return (host, service, new Uri(host.Urls.First()));
    }

    public override Task<GetApplicationInformationResponse> GetApplicationInformation(GetApplicationInformationRequest request, ServerCallContext context) =>
        Task.FromResult(new GetApplicationInformationResponse { ApplicationName = "Hemit.AppHost (test)" });

    public override async Task WatchResources(WatchResourcesRequest request, IServerStreamWriter<WatchResourcesUpdate> responseStream, ServerCallContext context)
    {
        var changes = Channel.CreateUnbounded<Resource>();
        watchers[changes] = true;
        try
        {
            var initial = new InitialResourceData();
            initial.Resources.AddRange(resources.Values.OrderBy(resource => resource.Name));
            await responseStream.WriteAsync(new WatchResourcesUpdate { InitialData = initial });
            await foreach (var resource in changes.Reader.ReadAllAsync(context.CancellationToken))
            {
                var update = new WatchResourcesChanges();
                update.Value.Add(new WatchResourcesChange { Upsert = resource });
                await responseStream.WriteAsync(new WatchResourcesUpdate { Changes = update });
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            watchers.TryRemove(changes, out _);
        }
    }

    public override async Task WatchResourceConsoleLogs(WatchResourceConsoleLogsRequest request, IServerStreamWriter<WatchResourceConsoleLogsUpdate> responseStream, ServerCallContext context)
    {
        var update = new WatchResourceConsoleLogsUpdate();
        update.LogLines.AddRange(ConsoleLines.Where(line => request.ResourceName.Length == 0 || line.ResourceName == request.ResourceName));
        await responseStream.WriteAsync(update);
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override Task<ExecuteResourceCommandResponse> ExecuteResourceCommand(ExecuteResourceCommandRequest request, ServerCallContext context)
    {
        Commands.Enqueue($"{request.CommandName} {request.ResourceName}");
        if (!resources.TryGetValue(request.ResourceName, out var resource))
        {
            return Task.FromResult(new ExecuteResourceCommandResponse { Succeeded = false, ErrorMessage = $"No resource named '{request.ResourceName}'." });
        }

        if (request.CommandName == "restart")
        {
            var restarted = resource.Clone();
            restarted.Restarts++;
            resources[request.ResourceName] = restarted;
            foreach (var watcher in watchers.Keys)
            {
                watcher.Writer.TryWrite(restarted);
            }
        }

        return Task.FromResult(new ExecuteResourceCommandResponse { Succeeded = true });
    }

    private static Resource NewResource(string name, int port)
    {
        var resource = new Resource
        {
            Name = name,
            ResourceType = "Project",
            State = "Running",
            Health = "Healthy",
            Restarts = 0,
            ProcessId = 4000 + port,
            CreatedAt = Timestamp.FromDateTimeOffset(BootTime),
            StartedAt = Timestamp.FromDateTimeOffset(BootTime.AddSeconds(2)),
        };
        resource.Urls.Add(new Url { EndpointName = "http", FullUrl = $"http://localhost:{port}" });
        resource.Environment.Add(new EnvironmentVariable { Name = "OTEL_SERVICE_NAME", Value = name });
        resource.Environment.Add(new EnvironmentVariable { Name = $"ConnectionStrings__{name}db", Value = "********", IsSecret = true });
        resource.WaitsFor.Add("postgres");
        resource.Commands.AddRange(["stop", "restart"]);
        return resource;
    }

    private static ConsoleLogLine Line(string resource, long number, int second, string text, bool stdErr = false) => new()
    {
        ResourceName = resource,
        LineNumber = number,
        Text = text,
        IsStdErr = stdErr,
        Timestamp = Timestamp.FromDateTimeOffset(BootTime.AddSeconds(10 + second)),
    };
}
