using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Projects.Tests.Integration;

/// <summary>A snapshot is the report as it was when taken, whatever is pushed later; two snapshots compare.</summary>
public sealed class SnapshotTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    [Fact]
    public async Task A_snapshot_stays_as_taken_after_corrections_and_the_comparison_names_what_changed()
    {
        await host.PushSeedAsync();
        var boardPaper = await host.Client.TakeSnapshotAsync(new TakeSnapshotRequest { Period = Period.Of(2021, 10), Label = "Styremøte 19.11.2021" });

        // A correction of October after the board paper: SDDC's schedule turns yellow and its forecast rises; Østmarka closes.
        await host.PushAsync([
            ProjectsHost.SeedProject("P-SDDC", 2021, 10, p => { p.ScheduleStatus = StatusColour.Yellow; p.Forecast = Money.FromDecimal(59_250_000.50m); }),
            ProjectsHost.SeedProject("P-OSTMARKA", 2021, 10, p => p.Phase = ProjectPhase.Closed),
        ]);
        var corrected = await host.Client.TakeSnapshotAsync(new TakeSnapshotRequest { Period = Period.Of(2021, 10), Label = "Korrigert" });

        var frozen = await host.Client.GetSnapshotAsync(new GetSnapshotRequest { SnapshotId = boardPaper.SnapshotId });
        Assert.Equal("Styremøte 19.11.2021", frozen.Label);
        Assert.Equal(StatusColour.Green, frozen.Portfolio.Projects.Single(p => p.ProjectId == "P-SDDC").ScheduleStatus);
        Assert.Equal(443_150_000m, frozen.Portfolio.Totals.Forecast.ToDecimal());
        Assert.Equal(boardPaper.Portfolio, frozen.Portfolio);
        Assert.Equal(444_900_000.50m, corrected.Portfolio.Totals.Forecast.ToDecimal());

        var comparison = await host.Client.CompareSnapshotsAsync(new CompareSnapshotsRequest { FromSnapshotId = boardPaper.SnapshotId, ToSnapshotId = corrected.SnapshotId });
        Assert.Equal(
        [
            ("Nytt sikkerhetsbygg Østmarka", "phase", "closing", "closed"),
            ("SDDC – Software defined data center", "schedule_status", "green", "yellow"),
            ("SDDC – Software defined data center", "forecast", "57500000.00", "59250000.50"),
        ], comparison.Changes.Select(c => (c.Name, c.Field, c.Before, c.After)));

        var listed = await host.Client.ListSnapshotsAsync(new ListSnapshotsRequest { Period = Period.Of(2021, 10) });
        Assert.Equal([boardPaper.SnapshotId, corrected.SnapshotId], listed.Snapshots.Select(s => s.SnapshotId));
        Assert.All(listed.Snapshots, s => Assert.Equal(15, s.Projects));
    }

    [Fact]
    public async Task An_unknown_snapshot_is_not_found_and_a_malformed_id_or_a_personal_label_is_an_invalid_argument()
    {
        var missing = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Client.GetSnapshotAsync(new GetSnapshotRequest { SnapshotId = Guid.NewGuid().ToString() }));
        var malformed = await GrpcErrors.RefusalOf(async () =>
            await host.Client.CompareSnapshotsAsync(new CompareSnapshotsRequest { FromSnapshotId = "styremøte", ToSnapshotId = Guid.NewGuid().ToString() }));

        var personal = await GrpcErrors.RefusalOf(async () =>
            await host.Client.TakeSnapshotAsync(new TakeSnapshotRequest { Period = Period.Of(2021, 10), Label = "Sendt til styreleder@hemit.no" }));

        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal((StatusCode.InvalidArgument, "label"), (personal.Code, Assert.Single(personal.Violations).Field));
        Assert.Equal(StatusCode.InvalidArgument, malformed.Code);
        Assert.Equal("from_snapshot_id", Assert.Single(malformed.Violations).Field);
    }
}
