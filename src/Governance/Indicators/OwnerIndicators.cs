using Grpc.Core;
using Hemit.Contracts.HrMetrics.V1;

namespace Hemit.Governance.Indicators;

/// <summary>
/// The owner's indicators (oppdrag og bestilling 2.3), asked of the service that holds the figures each time they are
/// read: working-time violations and units with sick leave over 10 % come from HR metrics' GetIndicators. Nothing is
/// typed in or kept here, so the board always sees what HR metrics computes now.
/// </summary>
public sealed class OwnerIndicators(HrMetricsService.HrMetricsServiceClient hrMetrics)
{
    public const string Source = "hrmetrics";

    /// <summary>How long governance waits for HR metrics before it says it could not get the figures.</summary>
    public static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(10);

    public async Task<IReadOnlyList<Indicator>> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        try
        {
            var response = await hrMetrics.GetIndicatorsAsync(new GetIndicatorsRequest { Year = year },
                deadline: DateTime.UtcNow.Add(CallLimit), cancellationToken: cancellationToken);
            return response.Indicators;
        }
        catch (RpcException failure) when (failure.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(StatusCode.Unavailable,
                $"HR metrics did not answer ({failure.StatusCode}): the indicators are computed there and cannot be shown without it."));
        }
    }
}
