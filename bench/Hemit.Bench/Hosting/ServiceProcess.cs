using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Hemit.Contracts.Security;
using Hemit.Security;
using Hemit.ServiceTestHost;

namespace Hemit.Bench.Hosting;

/// <summary>
/// A service in a child process (<c>Hemit.Bench serve NAME</c>, see <see cref="Serve"/>), reached over real gRPC on
/// loopback with the token it prints. Its resident memory is read from the operating system.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private const string ReadyLine = "serving ";

    private readonly Process _process;
    private readonly string _token;

    private ServiceProcess(string name, Process process, Uri address, string token)
    {
        Name = name;
        _process = process;
        Address = address;
        _token = token;
    }

    public string Name { get; }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>Resident set size in MiB, as <c>ps</c> shows it.</summary>
    public double ResidentMiB
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64 / (1024.0 * 1024);
        }
    }

    /// <summary>A channel of its own (its own HTTP/2 connection), sending the service's token; the caller disposes it.</summary>
    public GrpcChannel CreateChannel() => GrpcChannel.ForAddress(Address, new GrpcChannelOptions
    {
        HttpHandler = new AccessTokenHandler(new StaticTokenSource(_token), new SocketsHttpHandler { EnableMultipleHttp2Connections = true }),
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    /// <param name="name">finance, hrmetrics or servicedesk.</param>
    /// <param name="connectionStrings">As the AppHost sets them, e.g. financedb and messaging.</param>
    public static async Task<ServiceProcess> StartAsync(string name, IReadOnlyDictionary<string, string> connectionStrings)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, [.. ExecutableArguments(), "serve", name])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var (key, value) in connectionStrings)
        {
            start.Environment[$"ConnectionStrings__{key}"] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                throw new InvalidOperationException($"{name} stopped before serving: {errors}");
            }

            if (line.StartsWith(ReadyLine, StringComparison.Ordinal))
            {
                var parts = line[ReadyLine.Length..].Split(' ');
                _ = DrainAsync(process.StandardOutput);
                return new ServiceProcess(name, process, new Uri(parts[0]), parts[1]);
            }
        }
    }

    /// <summary>The child's side: host the service <paramref name="name"/> until standard input closes.</summary>
    public static async Task<int> Serve(string name)
    {
        var (grpcPort, httpPort) = (FreePort(), FreePort());
        IDisposable host = name switch
        {
            "finance" => new KestrelServiceHost<Hemit.Finance.Grpc.FinanceGrpcService>(grpcPort, httpPort).Started(),
            "hrmetrics" => new KestrelServiceHost<Hemit.HrMetrics.Grpc.HrMetricsGrpcService>(grpcPort, httpPort).Started(),
            "servicedesk" => new KestrelServiceHost<Hemit.ServiceDesk.Grpc.ServiceDeskGrpcService>(grpcPort, httpPort).Started(),
            _ => throw new ArgumentException($"no service '{name}' to serve (finance, hrmetrics, servicedesk)"),
        };
        using (host)
        {
            await WaitUntilHealthyAsync(new Uri($"http://127.0.0.1:{grpcPort}"));
            Console.WriteLine($"{ReadyLine}http://127.0.0.1:{grpcPort} {TestTokens.WithEveryScope("hemit-bench")}");
            await Console.In.ReadToEndAsync();
        }

        return 0;
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static async Task WaitUntilHealthyAsync(Uri address)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var health = new Grpc.Health.V1.Health.HealthClient(channel);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // Answering at all is enough: a service without a broker reports its bus unhealthy on purpose.
                await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
                return;
            }
            catch (Grpc.Core.RpcException) when (attempt < 240)
            {
                await Task.Delay(250);
            }
        }
    }

    private static async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is not null)
        {
        }
    }

    /// <summary>The arguments that run this program again: the dll when started through <c>dotnet</c>.</summary>
    private static string[] ExecutableArguments() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? [typeof(ServiceProcess).Assembly.Location] : [];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
