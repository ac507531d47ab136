using Hemit.TestSupport;
using System.Net.Http.Json;
using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.Processes;
using Hemit.Hosting.Resources;
using Hemit.Hosting.Tests.Support;

namespace Hemit.Hosting.Tests.Projects;

/// <summary>The sample web app run as project resources: environment, health, restarts, commands, clean stops.</summary>
[Collection(RealProcessesCollection.Name)]
public sealed class ProjectLifecycleTests : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly TemporaryDataFolder _folder = new();

    [Fact]
    public void The_build_generated_metadata_for_the_sample_project()
    {
        var metadata = new global::Projects.SampleService();

        Assert.EndsWith("SampleService.csproj", metadata.ProjectPath);
        Assert.True(File.Exists(metadata.ProjectPath));
        Assert.EndsWith("Hemit.Hosting.SampleService.dll", metadata.TargetPath);
        Assert.True(File.Exists(metadata.TargetPath), $"{metadata.TargetPath} should be built with the tests");
    }

    [Fact]
    public async Task A_project_receives_the_environment_contract_and_waits_for_what_it_waits_for()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        var finance = builder.AddProject<global::Projects.SampleService>("finance");
        var governance = builder.AddProject<global::Projects.SampleService>("governance")
            .WithReference(finance)
            .WaitFor(finance)
            .WithEnvironment("Governance__ReportTitle", "Statusrapport")
            .WithEnvironment("Governance__SigningKey", "do-not-show", isSecret: true);
        await using var application = builder.Build();

        await application.StartAsync(timeout.Token);

        var environment = await Http.GetFromJsonAsync<Dictionary<string, string?>>(
            new Uri(application.GetEndpoint("governance"), "/environment"), timeout.Token);
        Assert.NotNull(environment);
        Assert.Equal(finance.Resource.GetEndpoint("grpc").Url, environment["services__finance__grpc__0"]);
        Assert.Equal(finance.Resource.GetEndpoint("http").Url, environment["services__finance__http__0"]);
        Assert.Equal("governance", environment["OTEL_SERVICE_NAME"]);
        Assert.StartsWith("service.instance.id=governance-", environment["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("Http2", environment["Kestrel__Endpoints__grpc__Protocols"]);
        Assert.Equal("Statusrapport", environment["Governance__ReportTitle"]);
        Assert.Equal("do-not-show", environment["Governance__SigningKey"]);
        Assert.Equal(_folder.Path, environment["HEMIT_DATA_DIR"]);

        // The grpc endpoint speaks HTTP/2 only (prior knowledge), as gRPC without TLS needs.
        using var http2 = new HttpRequestMessage(HttpMethod.Get, new Uri(application.GetEndpoint("governance", "grpc"), "/health"))
        {
            Version = System.Net.HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var http2Response = await Http.SendAsync(http2, timeout.Token);
        Assert.Equal(System.Net.HttpVersion.Version20, http2Response.Version);

        var snapshots = application.ResourceMonitor.GetResources().ToDictionary(s => s.Name);
        Assert.Equal(["finance"], snapshots["governance"].WaitsFor);
        Assert.True(snapshots["governance"].StartedAt >= snapshots["finance"].StartedAt);
        Assert.Equal("********", snapshots["governance"].Environment["Governance__SigningKey"]);
        Assert.Contains("Governance__SigningKey", snapshots["governance"].SecretVariables);
        Assert.Equal("Statusrapport", snapshots["governance"].Environment["Governance__ReportTitle"]);
        Assert.Equal([ResourceCommand.Stop, ResourceCommand.Restart], snapshots["governance"].Commands);
    }

    [Fact]
    public async Task A_crashed_project_is_restarted_and_its_restarts_counted()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        builder.AddProject<global::Projects.SampleService>("servicedesk");
        await using var application = builder.Build();
        await application.StartAsync(timeout.Token);
        var firstProcess = Snapshot(application, "servicedesk").ProcessId;

        await Http.GetStringAsync(new Uri(application.GetEndpoint("servicedesk"), "/crash"), timeout.Token);

        await Eventually.TrueAsync(() => Snapshot(application, "servicedesk").Restarts == 1, "one restart is counted");
        await Eventually.TrueAsync(
            () => Snapshot(application, "servicedesk") is { State: ResourceState.Running, Health: ResourceHealth.Healthy },
            "the restarted project is healthy");
        var restarted = Snapshot(application, "servicedesk");
        Assert.NotEqual(firstProcess, restarted.ProcessId);
        Assert.Null(restarted.ExitCode);
        var log = await ConsoleLogs.KeptLinesAsync(application, "servicedesk");
        Assert.Contains(log, l => l.Contains("Exited unexpectedly with code 3; restarting in 1 s.", StringComparison.Ordinal));
        Assert.Equal(2, log.Count(l => l.Contains("sample service servicedesk started", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Stop_start_and_restart_commands_control_a_project()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        builder.AddProject<global::Projects.SampleService>("projects");
        await using var application = builder.Build();
        await application.StartAsync(timeout.Token);
        var running = Snapshot(application, "projects").ProcessId!.Value;

        await application.ResourceMonitor.ExecuteCommandAsync("projects", ResourceCommand.Stop, timeout.Token);

        Assert.Equal(ResourceState.Stopped, Snapshot(application, "projects").State);
        Assert.Equal([ResourceCommand.Start], Snapshot(application, "projects").Commands);
        Assert.False(Posix.IsAlive(running));
        var refused = await Assert.ThrowsAsync<DistributedApplicationException>(
            () => application.ResourceMonitor.ExecuteCommandAsync("projects", ResourceCommand.Stop, timeout.Token));
        Assert.Contains("does not accept 'stop'", refused.Message);

        await application.ResourceMonitor.ExecuteCommandAsync("projects", ResourceCommand.Start, timeout.Token);
        await Eventually.TrueAsync(() => Snapshot(application, "projects").Health == ResourceHealth.Healthy, "healthy after start");
        var started = Snapshot(application, "projects").ProcessId!.Value;

        await application.ResourceMonitor.ExecuteCommandAsync("projects", ResourceCommand.Restart, timeout.Token);
        await Eventually.TrueAsync(() => Snapshot(application, "projects").Health == ResourceHealth.Healthy, "healthy after restart");

        Assert.NotEqual(started, Snapshot(application, "projects").ProcessId);
        Assert.False(Posix.IsAlive(started));
        Assert.Equal(0, Snapshot(application, "projects").Restarts);
    }

    [Fact]
    public async Task Stopping_takes_the_whole_process_tree_of_a_project()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = QuietApplications.CreateBuilder(_folder.Path, advertiseEndpoints: true);
        builder.AddProject<global::Projects.SampleService>("hrmetrics").WithEnvironment("SAMPLE_SPAWN_CHILD", "1");
        var application = builder.Build();
        await application.StartAsync(timeout.Token);
        var child = int.Parse(await Http.GetStringAsync(new Uri(application.GetEndpoint("hrmetrics"), "/child"), timeout.Token));
        Assert.True(Posix.IsAlive(child));
        Assert.NotEmpty(ProcessTable.FindMentioning(_folder.Path));

        await application.StopAsync(timeout.Token);

        Assert.False(Posix.IsAlive(child));
        Assert.Empty(ProcessTable.FindMentioning(_folder.Path));
        Assert.Equal(ResourceState.Stopped, Snapshot(application, "hrmetrics").State);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "endpoints.json")));
    }

    [Fact]
    public async Task A_project_that_is_not_built_is_refused_naming_the_missing_file()
    {
        var projectFolder = Path.Combine(_folder.Path, "Payroll");
        Directory.CreateDirectory(projectFolder);
        var projectFile = Path.Combine(projectFolder, "Payroll.csproj");
        File.WriteAllText(projectFile, "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><AssemblyName>Hemit.Payroll</AssemblyName></PropertyGroup></Project>");
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        builder.AddProject("payroll", projectFile);
        await using var application = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => application.StartAsync());

        Assert.Contains("Project 'payroll' is not built", error.Message);
        var configuration = typeof(DistributedApplication).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        Assert.Contains(Path.Combine(projectFolder, "bin", configuration, "net10.0", "Hemit.Payroll.dll"), error.Message);
    }

    [Fact]
    public async Task A_project_whose_file_does_not_exist_is_refused_naming_the_file()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        builder.AddProject("payroll", "/nowhere/Payroll/Payroll.csproj");
        await using var application = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => application.StartAsync());

        Assert.Contains("/nowhere/Payroll/Payroll.csproj does not exist", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private static ResourceSnapshot Snapshot(DistributedApplication application, string name) =>
        application.ResourceMonitor.GetResources().Single(r => r.Name == name);
}
