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

    [Fact]
    public async Task Concurrent_reads_each_leave_their_own_entry_by_the_time_they_are_answered()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        var since = Timestamp.FromDateTime(DateTime.UtcNow.AddSeconds(-1));
        // Forty callers at once share the trail's commits (AuditTrailWriter); each must still find its own entry.
        var callers = Enumerable.Range(1, 40).Select(i => $"økonomi-{i:00}").ToArray();
        await Task.WhenAll(callers.Select(async caller =>
        {
            using var channel = hr.CreateChannel(TestTokens.Issue([Scopes.HrRead], caller: caller));
            await new HrMetricsService.HrMetricsServiceClient(channel).GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 });
        }));

        var trail = await new OpsService.OpsServiceClient(hr.Channel).ListAuditEntriesAsync(new ListAuditEntriesRequest { Since = since });

        var reads = trail.Entries.Where(e => e.Method == "hemit.hrmetrics.v1.HrMetricsService/GetSickLeave").ToList();
        Assert.Equal(callers, reads.Select(e => e.Caller).Order(StringComparer.Ordinal).ToArray());
        Assert.All(reads, read => Assert.Equal(("year=2021", "OK"), (read.Keys, read.Outcome)));
    }
}
