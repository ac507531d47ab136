using Google.Protobuf.WellKnownTypes;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Contracts.Ops.V1;
using Hemit.Security;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>Reads of HR figures are in HR metrics' audit trail, with who asked and for what; reading the trail is too.</summary>
[Collection(ServersCollection.Name)]
public sealed class AuditedReadsTests(PlatformServers servers)
{
    [Fact]
    public async Task Every_read_of_hr_figures_is_audited_with_the_caller_and_the_year_asked_for()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        using var governance = hr.CreateChannel(TestTokens.Issue([Scopes.HrRead], caller: "governance"));
        await new HrMetricsService.HrMetricsServiceClient(governance).GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 });

        var since = Timestamp.FromDateTime(DateTime.UtcNow.AddHours(-1));
        var trail = await new OpsService.OpsServiceClient(hr.Channel).ListAuditEntriesAsync(new ListAuditEntriesRequest { Since = since });
        var again = await new OpsService.OpsServiceClient(hr.Channel).ListAuditEntriesAsync(new ListAuditEntriesRequest { Since = since });

        var read = Assert.Single(trail.Entries);
        Assert.Equal(("governance", "hemit.hrmetrics.v1.HrMetricsService/GetSickLeave", "year=2021", "OK"), (read.Caller, read.Method, read.Keys, read.Outcome));
        // The first look at the trail is itself in the trail, by the tests' own caller.
        Assert.Equal(
            [(TestTokens.DefaultCaller, "hemit.ops.v1.OpsService/ListAuditEntries"), ("governance", "hemit.hrmetrics.v1.HrMetricsService/GetSickLeave")],
            again.Entries.Select(e => (e.Caller, e.Method)).ToArray());
    }
}
