using Hemit.TestSupport;
using Hemit.Dashboard.Tests.Support;

namespace Hemit.Dashboard.Tests.Configuration;

/// <summary>Bad settings stop the dashboard at start with a message that names the setting.</summary>
public sealed class DashboardConfigurationTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new();

    [Theory]
    [InlineData("--DOTNET_DASHBOARD_OTLP_ENDPOINT_URL=localhost:18889", "DOTNET_DASHBOARD_OTLP_ENDPOINT_URL must be an http:// or https:// URL")]
    [InlineData("--DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=ftp://127.0.0.1:1", "DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL must be an http:// or https:// URL")]
    [InlineData("--Dashboard:Otlp:AuthMode=ApiKey", "Dashboard__Otlp__AuthMode is ApiKey, so Dashboard__Otlp__PrimaryApiKey must be set.")]
    [InlineData("--Dashboard:Storage:MaxSizeMegabytes=0", "Dashboard__Storage__MaxSizeMegabytes must be at least 1, not 0.")]
    public async Task A_bad_setting_is_refused_at_start_naming_it(string setting, string message)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InProcessDashboard.StartAsync(folder.Path, setting));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Two_listeners_on_one_port_are_refused()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InProcessDashboard.StartAsync(folder.Path,
            "--DOTNET_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:18999", "--DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://127.0.0.1:18999"));

        Assert.Contains("both use port 18999", error.Message);
    }

    public void Dispose() => folder.Dispose();
}
