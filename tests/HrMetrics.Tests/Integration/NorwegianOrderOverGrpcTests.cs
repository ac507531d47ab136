using Hemit.Cli.HrMetrics;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.TestSupport;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>Wherever HR sorts by name (ties in the working-time and sick-leave unit lists) it is … z, æ, ø, å, end to end.</summary>
[Collection(ServersCollection.Name)]
public sealed class NorwegianOrderOverGrpcTests(PlatformServers servers)
{
    private static readonly string[] PushedOrder = ["Ålesund", "Zeta", "Østmarka", "Æra"];
    private static readonly string[] NorwegianOrder = ["Zeta", "Æra", "Østmarka", "Ålesund"];

    [Fact]
    public async Task Units_with_equal_violation_counts_come_back_and_print_as_Zeta_Æra_Østmarka_Ålesund()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        await HrMetricsHost.PushAsync(hr.Client.ImportWorkingTimeViolations(), PushedOrder.Select(unit => new WorkingTimeViolationRecord
        {
            Period = Period.Of(2025, 3), Unit = unit, Rule = WorkingTimeRule.WeeklyRest, Cause = ViolationCause.Incident, Count = 5,
        }));

        var report = await hr.Client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest { Year = 2025 });

        Assert.Equal(NorwegianOrder, report.ByUnit.Select(u => u.Key));
        var byUnit = WorkingTimeCommand.Tables(report).Single(t => t.Title == "Per enhet");
        Assert.Equal(NorwegianOrder, byUnit.Rows.Select(row => (string)row[1]!));
    }

    [Fact]
    public async Task Units_over_the_sick_leave_threshold_at_the_same_rate_come_back_as_Zeta_Æra_Østmarka_Ålesund()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), PushedOrder.Select(unit => new SickLeaveRecord
        {
            Period = Period.Of(2025, 3), Unit = unit, AgreedWorkDays = Decimal.FromDecimal(200m), SickLeaveDays = Decimal.FromDecimal(25m),
        }));

        var report = await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2025 });

        Assert.Equal(NorwegianOrder, report.UnitsOverThreshold.Units.Select(u => u.Unit));
        var printed = string.Join("\n", SickLeaveCommand.Tables(report).SelectMany(t => t.Notes));
        Assert.Contains("Over grensen: Zeta 12,5 %, Æra 12,5 %, Østmarka 12,5 %, Ålesund 12,5 %", printed);
    }
}
