using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>
/// Units as the HR system names them, in Norwegian: accepted, stored and reported back as written. What looks like a
/// person (an 11-digit national identity number, also written with a space or a dot, an e-mail address) is refused,
/// naming the row, with the value masked.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class NorwegianUnitNamesTests(PlatformServers servers)
{
    private static SickLeaveRecord Sick(string unit, decimal agreedDays, decimal sickDays) => new()
    {
        Period = Period.Of(2021, 1),
        Unit = unit,
        AgreedWorkDays = Decimal.FromDecimal(agreedDays),
        SickLeaveDays = Decimal.FromDecimal(sickDays),
    };

    [Fact]
    public async Task Brukerstøtte_and_Drift_og_infrastruktur_are_accepted_and_reported_back_by_name()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);

        var summary = await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(),
            [Sick("Brukerstøtte", 1_000m, 120m), Sick("Drift og infrastruktur", 2_000m, 60m)]);
        var all = await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 });
        var operations = await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021, Unit = "Drift og infrastruktur" });

        Assert.Equal(2, summary.Accepted);
        Assert.Equal(["Brukerstøtte", "Drift og infrastruktur"], await hr.QueryAsync(db => db.SickLeave.OrderBy(e => e.AgreedWorkDays).Select(e => e.Unit).ToListAsync()));
        // 120 of 1 000 days is 12 %, over the 10 % threshold: the unit is named as it was sent.
        var over = Assert.Single(all.UnitsOverThreshold.Units);
        Assert.Equal("Brukerstøtte", over.Unit);
        Assert.Equal(12m, over.Figure.Percent.ToDecimal());
        Assert.Equal("Drift og infrastruktur", operations.Unit);
        Assert.Equal(3m, operations.YearToDate.Percent.ToDecimal());
    }

    [Theory]
    [InlineData("01019012345", "***********")]
    [InlineData("010190 12345", "************")]
    [InlineData("Drift 010190.12345", "Drift ************")]
    [InlineData("kari.nordmann@hemit.no", "***@***")]
    public async Task A_unit_that_looks_like_personal_data_is_refused_naming_the_row_with_the_value_masked_and_nothing_is_written(
        string unit, string masked)
    {
        using var hr = await HrMetricsHost.StartAsync(servers);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(),
            [Sick("Brukerstøtte", 1_000m, 50m), Sick(unit, 1_000m, 50m)]));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations);
        Assert.Equal("sick_leave[1].unit", violation.Field);
        Assert.StartsWith($"row 2: '{masked}' looks like personal data", violation.Description);
        var digitsOrAddress = unit.Contains('@') ? "kari.nordmann" : "12345";
        Assert.DoesNotContain(digitsOrAddress, violation.Description);
        Assert.DoesNotContain(digitsOrAddress, refusal.Status.Detail);
        Assert.Equal(0, await hr.QueryAsync(db => db.SickLeave.CountAsync()));
    }
}
