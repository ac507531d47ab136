using System.Globalization;
using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.DataFolders;
using Hemit.Hosting.Orchestration;
using Hemit.Hosting.Processes;
using Hemit.Hosting.Resources;

namespace Hemit.Hosting.Servers.RabbitMQ;

/// <summary>
/// Our own RabbitMQ node, run as user rabbitmq with everything in &lt;data folder&gt;/&lt;name&gt;: its database
/// (mnesia), logs, config, an empty plugins file (no management plugin: faster boot) and a private epmd port, so the
/// epmd it spawns can be stopped with it. A supplied broker (ConnectionStrings:&lt;name&gt;) is only checked.
/// </summary>
internal sealed class RabbitMQServerRunner(RabbitMQServerResource resource, ResourceContext context) : IResourceRunner
{
    private const string ServerUserName = "rabbitmq";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    private string? _serverScript;
    private readonly OutputTail _tail = new(12);
    private ChildProcess? _process;
    private volatile bool _stopping;

    public IResource Resource => resource;

    public IReadOnlyList<ResourceCommand> Commands => [];

    public string ServerFolder => context.DataFolder.Combine(resource.Name);

    private string PidFile => Path.Combine(ServerFolder, "rabbit.pid");

    private string NodeNameKey => $"{resource.Name}/nodename";

    private string EpmdPortKey => HostingState.PortKey(resource.Name, RabbitMQServerResource.EpmdEndpointName);

    public IEnumerable<string> FindMissingPrerequisites()
    {
        if (resource.IsExternal)
        {
            yield break;
        }

        _serverScript = RabbitMQBinaries.FindServerScript(context.Configuration);
        if (_serverScript is null || RabbitMQBinaries.FindEpmd() is null)
        {
            yield return RabbitMQBinaries.MissingMessage(context.Configuration);
        }
    }

    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        if (resource.IsExternal || !Directory.Exists(ServerFolder))
        {
            return;
        }

        if (ReadPidFile() is { } processId && Posix.IsAlive(processId)
            && (ProcessTable.ReadCommandLine(processId) ?? string.Empty).Contains(ServerFolder + "/", StringComparison.Ordinal))
        {
            context.WriteLine($"A RabbitMQ node left running by an earlier run (pid {processId}) is stopped cleanly before starting.");
            Posix.Signal(processId, Posix.SIGTERM);
            var deadline = context.TimeProvider.GetUtcNow() + StopGrace;
            while (Posix.IsAlive(processId) && context.TimeProvider.GetUtcNow() < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
        }

        if (context.State.Ports.TryGetValue(EpmdPortKey, out var epmdPort))
        {
            await StopEpmdAsync(epmdPort, cancellationToken);
        }

        KillLeftovers();
        File.Delete(PidFile);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = false;
        var (host, port) = resource.IsExternal
            ? AmqpProbe.ParseEndpoint(resource.GetConnectionString())
            : (EndpointAnnotation.Host, resource.GetEndpoint(RabbitMQServerResource.AmqpEndpointName).Port);
        if (!resource.IsExternal)
        {
            await LaunchAsync(cancellationToken);
        }

        var timeout = resource.IsExternal ? TimeSpan.FromSeconds(30) : StartTimeout;
        var deadline = context.TimeProvider.GetUtcNow() + timeout;
        while (!await AmqpProbe.RespondsAsync(host, port, TimeSpan.FromSeconds(2), cancellationToken))
        {
            if (_process is { HasExited: true })
            {
                throw new DistributedApplicationException(
                    $"RabbitMQ '{resource.Name}' exited during start with code {await _process.Exited}. Its last lines:{Environment.NewLine}{_tail.Text}");
            }

            if (context.TimeProvider.GetUtcNow() > deadline)
            {
                throw new DistributedApplicationException(
                    $"RabbitMQ '{resource.Name}' does not answer AMQP on {host}:{port} after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    /// <summary>
    /// The start already proved the broker speaks AMQP; from then on an accepted TCP connection says it still listens.
    /// (A full handshake every two seconds would put three lines in the broker's log each time; a bare accept puts none.)
    /// </summary>
    public Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var (host, port) = resource.IsExternal
            ? AmqpProbe.ParseEndpoint(resource.GetConnectionString())
            : (EndpointAnnotation.Host, resource.GetEndpoint(RabbitMQServerResource.AmqpEndpointName).Port);
        return Ports.TcpProbe.AcceptsAsync(host, port, TimeSpan.FromSeconds(3), cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        if (resource.IsExternal)
        {
            return;
        }

        if (_process is { } process)
        {
            // SIGTERM to the Erlang VM alone: it shuts the node down in order. The rest of its group follows.
            await process.StopAsync(StopGrace, signalTarget: process.ProcessId);
            await process.DisposeAsync();
            _process = null;
        }

        await StopEpmdAsync(resource.GetEndpoint(RabbitMQServerResource.EpmdEndpointName).Port, cancellationToken);
        KillLeftovers();
        File.Delete(PidFile);
        context.Update(s => s with { ProcessId = null });
    }

    public Task ExecuteCommandAsync(ResourceCommand command, CancellationToken cancellationToken) =>
        throw new DistributedApplicationException($"'{resource.Name}' accepts no commands.");

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        ServerUser.EnsureReachable(ServerFolder);
        var mnesia = Path.Combine(ServerFolder, "mnesia");
        var logs = Path.Combine(ServerFolder, "log");
        var home = Path.Combine(ServerFolder, "home");
        foreach (var folder in new[] { mnesia, logs, home })
        {
            Directory.CreateDirectory(folder);
        }

        var pluginsFile = Path.Combine(ServerFolder, "enabled_plugins");
        var configFile = Path.Combine(ServerFolder, "rabbitmq.conf");
        var environmentFile = Path.Combine(ServerFolder, "rabbitmq-env.conf");
        File.WriteAllText(pluginsFile, "[].\n");
        File.WriteAllText(configFile, """
            # Written by the Hemit application host on every start.
            log.console = true
            log.console.level = info
            log.console.use_colors = off
            log.file.level = info

            """);
        File.WriteAllText(environmentFile, "# Empty on purpose: the host passes every setting in the environment.\n");
        await ServerUser.GiveFolderAsync(ServerUserName, ServerFolder, cancellationToken);

        var amqpPort = resource.GetEndpoint(RabbitMQServerResource.AmqpEndpointName).Port;
        var epmdPort = resource.GetEndpoint(RabbitMQServerResource.EpmdEndpointName).Port;

        // The node name names the mnesia folder: it stays the same across runs so the broker keeps its data.
        if (!context.State.Values.TryGetValue(NodeNameKey, out var nodeName))
        {
            nodeName = $"hemit-{amqpPort.ToString(CultureInfo.InvariantCulture)}@localhost";
            context.State.Values[NodeNameKey] = nodeName;
            context.SaveState();
        }

        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["RABBITMQ_NODENAME"] = nodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = EndpointAnnotation.Host,
            ["RABBITMQ_NODE_PORT"] = amqpPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = resource.GetEndpoint(RabbitMQServerResource.DistributionEndpointName).Port.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = epmdPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = mnesia,
            ["RABBITMQ_LOG_BASE"] = logs,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = pluginsFile,
            ["RABBITMQ_CONFIG_FILE"] = configFile,
            ["RABBITMQ_CONF_ENV_FILE"] = environmentFile,
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(ServerFolder, "advanced.config"),
            ["RABBITMQ_PID_FILE"] = PidFile,
        };

        var script = _serverScript ??= RabbitMQBinaries.FindServerScript(context.Configuration)
            ?? throw new DistributedApplicationException(RabbitMQBinaries.MissingMessage(context.Configuration));
        var process = ChildProcess.Start(
            new ProcessLaunch(script, [], ServerFolder, environment, ServerUserName),
            (line, isError) =>
            {
                _tail.Add(line);
                context.WriteLine(line, isError);
            });
        _process = process;
        context.Update(s => s with
        {
            ProcessId = process.ProcessId,
            Environment = environment,
            SecretVariables = new HashSet<string>(),
        });
        _ = WatchForUnexpectedExitAsync(process);
    }

    private async Task WatchForUnexpectedExitAsync(ChildProcess process)
    {
        var exitCode = await process.Exited;
        if (!_stopping && ReferenceEquals(process, _process))
        {
            context.WriteLine($"RabbitMQ exited unexpectedly with code {exitCode}.", isError: true);
            context.Update(s => s with { State = ResourceState.Exited, ExitCode = exitCode, ProcessId = null, Health = ResourceHealth.Unhealthy });
        }
    }

    private async Task StopEpmdAsync(int epmdPort, CancellationToken cancellationToken)
    {
        if (RabbitMQBinaries.FindEpmd() is not { } epmd)
        {
            return;
        }

        var portText = epmdPort.ToString(CultureInfo.InvariantCulture);
        await ToolRun.TryRunAsync(
            epmd, ["-port", portText, "-kill"], cancellationToken, environment: new Dictionary<string, string> { ["ERL_EPMD_PORT"] = portText });
    }

    /// <summary>Anything still running from this node's folder (epmd carries it in its environment) is killed.</summary>
    private void KillLeftovers()
    {
        foreach (var leftover in ProcessTable.FindMentioning(ServerFolder + "/"))
        {
            Posix.Signal(leftover.ProcessId, Posix.SIGKILL);
        }
    }

    private int? ReadPidFile()
    {
        try
        {
            return int.TryParse(File.ReadAllText(PidFile).Trim(), out var processId) ? processId : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
