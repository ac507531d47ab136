using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Hemit.TestSupport;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>A service that crashes is started again by the AppHost, and the dashboard shows how often.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CrashRestartTests(PlatformStack stack)
{
    [Fact]
    public async Task A_killed_service_is_started_again_answers_and_its_restart_is_counted()
    {
        var before = stack.Snapshot("hrmetrics");
        var pid = PlatformStack.Pid(before);
        using (var service = Process.GetProcessById(pid))
        {
            // The AppHost starts the built service itself (RunProjectsFromBuildOutput), not `dotnet run`.
            Assert.EndsWith($"/src/HrMetrics/bin/{PlatformStack.BuildConfiguration}/net10.0/Hemit.HrMetrics", service.MainModule?.FileName);
            // SIGKILL, as a crash would end it.
            service.Kill();
        }

        var after = await Eventually.ReachAsync(
            () => Task.FromResult(stack.Snapshot("hrmetrics")),
            s => s.State?.Text == KnownResourceStates.Running && PlatformStack.Pid(s) != pid && Restarts(s) == 1,
            "hrmetrics runs again in a new process, with one restart counted",
            TimeSpan.FromSeconds(90));

        using var limit = new CancellationTokenSource(PlatformStack.StartLimit);
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("hrmetrics", limit.Token);
        using var channel = stack.Channel("hrmetrics");
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), cancellationToken: limit.Token);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.NotEqual(pid, PlatformStack.Pid(after));
    }



    private static int Restarts(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == "restarts")?.Value is { } value
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
}
