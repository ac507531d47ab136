namespace Hemit.Governance.Assignments;

/// <summary>Looks for assignments that went overdue at start and then every hour (deadlines pass without a request).</summary>
public sealed class OverdueAssignmentWatch(IServiceScopeFactory scopes, ILogger<OverdueAssignmentWatch> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var announced = await scope.ServiceProvider.GetRequiredService<OwnerAssignments>().AnnounceOverdueAsync(stoppingToken);
                if (announced > 0)
                {
                    logger.LogInformation("Announced {Count} overdue owner's assignment(s)", announced);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Looking for overdue assignments failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
