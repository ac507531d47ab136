using Google.Rpc;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>HR's closed months are final as finance's are: the same shared rule refuses the import, nothing is written.</summary>
[Collection(ServersCollection.Name)]
public sealed class ClosedMonthTests(PlatformServers servers)
{
    [Fact]
    public async Task Sick_leave_for_a_closed_month_is_refused_until_the_month_is_reopened()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        var records = TestFiles.SickLeaveRecords();
        await hr.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2021, 10) });

        var refusal = await Assert.ThrowsAsync<RpcException>(() => HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), records));
        var writtenWhileClosed = await hr.QueryAsync(db => db.SickLeave.CountAsync());
        var announcedWhileClosed = (await hr.OutboxPayloadsAsync("SickLeavePeriodUpdated")).Count;
        await hr.Client.ReopenPeriodAsync(new ReopenPeriodRequest { Period = Period.Of(2021, 10), Reason = "Rettet fravær i PRS", ReopenedBy = "hr-radgiver" });
        var summary = await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), records);

        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
        Assert.Equal(["periods/2021-10"], refusal.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations.Select(v => v.Subject));
        Assert.Equal((0, 0), (writtenWhileClosed, announcedWhileClosed));
        Assert.Equal(records.Count, summary.Accepted);
    }
}
