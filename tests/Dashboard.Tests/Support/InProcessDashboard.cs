using Hemit.Dashboard.Configuration;
using Hemit.Dashboard.Extensions;
using Hemit.Dashboard.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hemit.Dashboard.Tests.Support;

/// <summary>
/// The real dashboard (Program.cs's four lines) inside the test process, on loopback ports chosen by the OS,
/// so a test can push OTLP over the wire and then look straight into its store.
/// </summary>
public sealed class InProcessDashboard : IAsyncDisposable
{
    private readonly WebApplication app;

    private InProcessDashboard(WebApplication app, string dataPath)
    {
        this.app = app;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public TelemetryStore Store => app.Services.GetRequiredService<TelemetryStore>();

    public Uri Frontend => Endpoints.BoundAddress(DashboardConnectionType.Frontend);

    public Uri OtlpGrpc => Endpoints.BoundAddress(DashboardConnectionType.OtlpGrpc);

    public Uri OtlpHttp => Endpoints.BoundAddress(DashboardConnectionType.OtlpHttp);

    private DashboardEndpoints Endpoints => app.Services.GetRequiredService<DashboardEndpoints>();

    public static async Task<InProcessDashboard> StartAsync(string dataPath, params string[] extraSettings)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--{DashboardEndpoints.OtlpGrpcVariable}=http://127.0.0.1:0",
            $"--{DashboardEndpoints.OtlpHttpVariable}=http://127.0.0.1:0",
            $"--Dashboard:Storage:Path={dataPath}",
            "--Dashboard:Frontend:BrowserToken=test-token",
            .. extraSettings,
        ];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = "Hemit.Dashboard" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddDashboard();
        var app = builder.Build();
        app.UseDashboard();
        await app.StartAsync();
        return new InProcessDashboard(app, dataPath);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
