using System.Diagnostics;
using System.Text;
using Hemit.Dashboard.Configuration;
using Hemit.Hosting.Ports;

namespace Hemit.Dashboard.Tests.Support;

/// <summary>
/// The dashboard as a developer runs it: <c>dotnet Hemit.Dashboard.dll</c> from its own build output, configured
/// only through the environment variables the AppHost sets, on free loopback ports.
/// </summary>
public sealed class DashboardProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private DashboardProcess(Process process, Uri frontend, Uri otlpGrpc, Uri otlpHttp, string token)
    {
        this.process = process;
        Frontend = frontend;
        OtlpGrpc = otlpGrpc;
        OtlpHttp = otlpHttp;
        Token = token;
    }

    public Uri Frontend { get; }

    public Uri OtlpGrpc { get; }

    public Uri OtlpHttp { get; }

    public string Token { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<DashboardProcess> StartAsync(string dataPath, Uri? resourceService)
    {
        var ports = new PortAllocator();
        var frontend = new Uri($"http://127.0.0.1:{ports.Allocate()}");
        var otlpGrpc = new Uri($"http://127.0.0.1:{ports.Allocate()}");
        var otlpHttp = new Uri($"http://127.0.0.1:{ports.Allocate()}");
        var token = Guid.NewGuid().ToString("N");

        var start = new ProcessStartInfo("dotnet", [DashboardAssembly()])
        {
            WorkingDirectory = dataPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = frontend.ToString();
        start.Environment[DashboardEndpoints.OtlpGrpcVariable] = otlpGrpc.ToString();
        start.Environment[DashboardEndpoints.OtlpHttpVariable] = otlpHttp.ToString();
        start.Environment["Dashboard__Frontend__BrowserToken"] = token;
        start.Environment["Dashboard__Storage__Path"] = Path.Combine(dataPath, "dashboard");
        if (resourceService is not null)
        {
            start.Environment[DashboardEndpoints.ResourceServiceVariable] = resourceService.ToString();
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var dashboard = new DashboardProcess(process, frontend, otlpGrpc, otlpHttp, token);
        process.OutputDataReceived += (_, line) => dashboard.Append(line.Data);
        process.ErrorDataReceived += (_, line) => dashboard.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await dashboard.WaitUntilServingAsync();
        return dashboard;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The dashboard exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Frontend, "/login"));
                if (response.IsSuccessStatusCode && Output.Contains("Login to the dashboard at", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The dashboard did not serve its login page within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>src/Dashboard's own build output, in the configuration this test was built in.</summary>
    private static string DashboardAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Hemit.Platform.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No Hemit.Platform.sln above {AppContext.BaseDirectory}.");
        }

        var assembly = Path.Combine(root.FullName, "src", "Dashboard", "bin", configuration, "net10.0", "Hemit.Dashboard.dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException("Build src/Dashboard first.", assembly);
    }
}
