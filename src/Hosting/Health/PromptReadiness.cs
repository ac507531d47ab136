using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hemit.Hosting.Health;

/// <summary>
/// Aspire checks a resource that is not yet healthy after 1, 2, 3, 4 and then every 5 seconds, so a service ready a
/// moment after a check waits up to 5 s to be seen, and so does everything that waits for it. Every health check
/// of the AppHost is therefore made patient: when it is not healthy it looks again every
/// <see cref="PatientHealthCheck.PollInterval"/> for up to <see cref="PatientHealthCheck.Patience"/> before
/// answering, so readiness is seen within a fraction of a second; a healthy answer comes back at once.
/// </summary>
public static class PromptReadinessExtensions
{
    public static IDistributedApplicationBuilder DetectReadinessPromptly(this IDistributedApplicationBuilder builder)
    {
        // PostConfigure runs when the options are first read, after Program.cs has added every check.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                var factory = registration.Factory;
                registration.Factory = services => new PatientHealthCheck(factory(services));
            }
        });
        return builder;
    }
}

/// <summary>Asks <paramref name="inner"/> again and again while it is not healthy, up to <see cref="Patience"/>.</summary>
public sealed class PatientHealthCheck(IHealthCheck inner, TimeProvider? time = null) : IHealthCheck
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Shorter than Aspire's longest pause between checks (5 s), so an unhealthy resource still shows
    /// as such on the dashboard at about the same pace.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(4);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        while (true)
        {
            HealthCheckResult result;
            try
            {
                result = await inner.CheckHealthAsync(context, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // What HealthCheckService would make of the exception, so a throwing check is retried too.
                result = new HealthCheckResult(context.Registration.FailureStatus, ex.Message, ex);
            }

            if (result.Status == HealthStatus.Healthy || _time.GetElapsedTime(started) + PollInterval > Patience)
            {
                return result;
            }

            await Task.Delay(PollInterval, _time, cancellationToken);
        }
    }
}
