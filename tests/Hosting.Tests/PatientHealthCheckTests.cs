using Hemit.Hosting.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace Hemit.Hosting.Tests;

public class PatientHealthCheckTests
{
    [Fact]
    public async Task A_check_that_turns_healthy_is_seen_at_the_next_poll_not_at_Aspire_next_pass()
    {
        var inner = new TurnsHealthyAfter(calls: 3);

        var result = await new PatientHealthCheck(inner).CheckHealthAsync(ContextFor(inner));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public async Task A_healthy_check_is_asked_once()
    {
        var inner = new TurnsHealthyAfter(calls: 1);

        var result = await new PatientHealthCheck(inner).CheckHealthAsync(ContextFor(inner));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task A_check_that_stays_unhealthy_answers_unhealthy_within_its_patience_with_the_last_reason()
    {
        var inner = new TurnsHealthyAfter(calls: int.MaxValue);

        var result = await new PatientHealthCheck(inner).CheckHealthAsync(ContextFor(inner));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal($"not yet (call {inner.Calls})", result.Description);
        // Asked about every poll interval for the whole patience, and not once more.
        Assert.InRange(inner.Calls, 2, (int)(PatientHealthCheck.Patience / PatientHealthCheck.PollInterval) + 1);
    }

    [Fact]
    public async Task A_throwing_check_is_asked_again()
    {
        var inner = new Throws(times: 1);

        var healthy = await new PatientHealthCheck(inner).CheckHealthAsync(ContextFor(inner));

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task A_check_that_always_throws_answers_the_registration_failure_status_with_the_exception()
    {
        var inner = new Throws(times: int.MaxValue);

        var result = await new PatientHealthCheck(inner).CheckHealthAsync(ContextFor(inner, HealthStatus.Degraded));

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("connection refused", result.Description);
        Assert.IsType<IOException>(result.Exception);
    }

    private static HealthCheckContext ContextFor(IHealthCheck check, HealthStatus failureStatus = HealthStatus.Unhealthy) =>
        new() { Registration = new HealthCheckRegistration("server", check, failureStatus, tags: null) };

    private sealed class TurnsHealthyAfter(int calls) : IHealthCheck
    {
        public int Calls { get; private set; }

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(Calls >= calls ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"not yet (call {Calls})"));
        }
    }

    private sealed class Throws(int times) : IHealthCheck
    {
        public int Calls { get; private set; }

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Calls <= times ? throw new IOException("connection refused") : Task.FromResult(HealthCheckResult.Healthy());
        }
    }
}
