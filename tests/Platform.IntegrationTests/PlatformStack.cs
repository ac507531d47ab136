using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;
using Hemit.Contracts.Security;
using Hemit.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>
/// The whole platform exactly as <c>dotnet run --project AppHost</c> composes it, through Aspire.Hosting.Testing, with
/// the Aspire dashboard on, in a temporary data folder: started once and shared by the tests of one collection.
/// </summary>
public class PlatformStack : IAsyncLifetime
{
    /// <summary>Every wait has a limit: a resource that never gets healthy fails the run instead of hanging it.</summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(4);

    /// <summary>The configuration this test assembly, and so the AppHost and services beside it, was built in.</summary>
#if DEBUG
    public const string BuildConfiguration = "Debug";
#else
    public const string BuildConfiguration = "Release";
#endif

    public static readonly string[] Services = ["identity", "finance", "hrmetrics", "servicedesk", "projects", "governance", "portal"];

    /// <summary>The development CLI client: every scope.</summary>
    public const string CliClient = "hemit-cli";

    public string DataDirectory { get; } = TestDataFolders.CreateRoot();

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The dashboard's login link with its browser token, as a developer gets it.</summary>
    public Uri DashboardLoginUrl { get; private set; } = null!;

    public string DashboardUrl => DashboardLoginUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>More AppHost arguments, for a stack started differently (e.g. <c>--Hemit:Replicas=3</c>).</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>Whether the dashboard runs (off where no test looks at it: one process less to start).</summary>
    protected virtual bool EnableDashboard => true;

    /// <summary>Changes to the app model before it is built.</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    /// <summary>How long the start took, from building the app model to every instance healthy.</summary>
    public TimeSpan StartedIn { get; private set; }

    public async Task InitializeAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var limit = new CancellationTokenSource(StartLimit);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            new DistributedApplicationTestingBuilderOptions { EnableDashboard = EnableDashboard },
            [$"--Hemit:DataDir={DataDirectory}", "--environment", "Development", .. ExtraArguments],
            limit.Token);
        Configure(builder);
        App = await builder.BuildAsync(limit.Token);
        await App.StartAsync(limit.Token);
        try
        {
            await Task.WhenAll(Services.Select(service => WaitForEveryInstanceAsync(service, limit.Token)));
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException($"Not every service instance was healthy within {StartLimit}: " + string.Join("; ",
                App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>()
                    .Select(r => $"{r.Name}: {_healthy.GetValueOrDefault(r.Name)} of {r.GetReplicaCount()} healthy")));
        }

        StartedIn = started.Elapsed;
        DashboardLoginUrl = EnableDashboard ? await App.GetDashboardUrlAsync(limit.Token) : new Uri("http://dashboard.off/");
        // The CLI run in-process by these tests finds this stack, and its credentials, as a developer's finds .hemit/.
        Environment.SetEnvironmentVariable("HEMIT_DATA_DIR", DataDirectory);
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        TestDataFolders.Remove(DataDirectory);
    }

    /// <summary>The instance ids of each service (<c>finance-abcd1234</c>): one, or one per replica.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> InstanceIds => _instanceIds;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _instanceIds = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _healthy = new();

    /// <summary>Waits until every instance of <paramref name="service"/> is healthy: with replicas, Aspire calls a resource healthy once one is.</summary>
    private async Task WaitForEveryInstanceAsync(string service, CancellationToken cancellationToken)
    {
        var replicas = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == service).GetReplicaCount();
        var healthy = new HashSet<string>(StringComparer.Ordinal);
        _healthy[service] = 0;
        await foreach (var update in App.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (update.Resource.Name != service)
            {
                continue;
            }

            if (update.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
            {
                healthy.Add(update.ResourceId);
            }
            else
            {
                healthy.Remove(update.ResourceId);
            }

            _healthy[service] = healthy.Count;
            if (healthy.Count == replicas)
            {
                _instanceIds[service] = [.. healthy.Order(StringComparer.Ordinal)];
                return;
            }
        }
    }

    public Uri GrpcEndpoint(string service) => App.GetEndpoint(service, "grpc");

    /// <summary>The identity service's issuer URL.</summary>
    public Uri Authority => App.GetEndpoint("identity", "http");

    /// <summary>
    /// A channel to <paramref name="service"/> calling as development client <paramref name="clientId"/> (its secret
    /// from the data folder, as the CLI finds it), asking for <paramref name="scopes"/> (none: all it may have).
    /// </summary>
    public GrpcChannel Channel(string service, string clientId = CliClient, params string[] scopes) =>
        GrpcChannel.ForAddress(GrpcEndpoint(service), new GrpcChannelOptions
        {
            HttpHandler = new AccessTokenHandler(TokensFor(clientId, scopes), new SocketsHttpHandler()),
        });

    /// <summary>A channel sending no token.</summary>
    public GrpcChannel AnonymousChannel(string service) => GrpcChannel.ForAddress(GrpcEndpoint(service));

    /// <summary>Tokens of a development client from the real identity service.</summary>
    public ClientCredentialsTokenSource TokensFor(string clientId, params string[] scopes)
    {
        var credentials = DevelopmentCredentials.Load(DataDirectory)
            ?? throw new InvalidOperationException($"The AppHost wrote no credentials to {DataDirectory}.");
        return new ClientCredentialsTokenSource(new HttpClient(), new ClientCredentials(Authority, clientId, credentials.SecretOf(clientId), scopes));
    }

    /// <summary>A resource's state as the AppHost last published it.</summary>
    public CustomResourceSnapshot Snapshot(string resource) =>
        App.ResourceNotifications.TryGetCurrentState(resource, out var update)
            ? update.Snapshot
            : throw new InvalidOperationException($"No state for {resource}.");

    /// <summary>The process id DCP reports for an executable or project resource.</summary>
    public static int Pid(CustomResourceSnapshot snapshot) =>
        Convert.ToInt32(snapshot.Properties.Single(p => p.Name == "executable.pid").Value, System.Globalization.CultureInfo.InvariantCulture);

    public async Task<string> ConnectionStringAsync(string resource) =>
        await App.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"'{resource}' has no connection string.");
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformStack>
{
    public const string Name = "platform";
}
