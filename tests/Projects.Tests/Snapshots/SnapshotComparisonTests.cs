using Hemit.Projects.Portfolio;
using Hemit.Projects.Snapshots;

namespace Hemit.Projects.Tests.Snapshots;

/// <summary>What changed between two frozen portfolio reports: September's and October's board papers.</summary>
public sealed class SnapshotComparisonTests
{
    private static ProjectEntry Project(string id, string name, Action<ProjectEntry>? change = null)
    {
        var project = new ProjectEntry
        {
            Year = 2021, Month = 9, ProjectId = id, Name = name, Portfolio = ProjectPortfolio.Infrastructure, Customer = "Helse Midt-Norge RHF",
            Phase = ProjectPhase.Execution, StartDate = new DateOnly(2020, 5, 1), PlannedEnd = new DateOnly(2023, 12, 31),
            BudgetTotal = 58_000_000m, SpentToDate = 27_000_000m, Forecast = 57_500_000m,
            Schedule = StatusColour.Green, Cost = StatusColour.Green, Scope = StatusColour.Green, ManagerRole = "Programleder datasenter",
        };
        change?.Invoke(project);
        return project;
    }

    private static PortfolioReport Report(params ProjectEntry[] projects) =>
        PortfolioReport.Build(projects[0].Year, projects[0].Month, projects, [], [], []);

    [Fact]
    public void Changes_of_phase_colour_forecast_and_end_are_listed_per_project_in_norwegian_order()
    {
        var september = Report(
            Project("P-SDDC", "SDDC"),
            Project("P-OSTMARKA", "Nytt sikkerhetsbygg Østmarka", p => p.Phase = ProjectPhase.Execution),
            Project("P-ALESUND-IKT", "Ålesund sjukehus – IKT"),
            Project("P-PKI", "Ny PKI infrastruktur"));
        var october = Report(
            Project("P-SDDC", "SDDC", p => { p.Month = 10; p.Schedule = StatusColour.Yellow; p.Forecast = 59_250_000.50m; }),
            Project("P-OSTMARKA", "Nytt sikkerhetsbygg Østmarka", p => { p.Month = 10; p.Phase = ProjectPhase.Closing; }),
            Project("P-ALESUND-IKT", "Ålesund sjukehus – IKT", p => { p.Month = 10; p.PlannedEnd = new DateOnly(2024, 6, 30); p.SpentToDate = 1m; }),
            Project("P-SNR-IKT", "SNR IKT", p => p.Month = 10));

        var changes = SnapshotComparison.Compare(september, october);

        Assert.Equal(
        [
            ("Ny PKI infrastruktur", "removed", "", ""),
            ("Nytt sikkerhetsbygg Østmarka", "phase", "execution", "closing"),
            ("SDDC", "schedule_status", "green", "yellow"),
            ("SDDC", "forecast", "57500000.00", "59250000.50"),
            ("SNR IKT", "added", "", ""),
            ("Ålesund sjukehus – IKT", "planned_end", "2023-12-31", "2024-06-30"),
        ], changes.Select(c => (c.Name, c.Field, c.Before, c.After)));
    }

    [Fact]
    public void The_same_report_twice_has_no_changes_and_spend_alone_is_no_change()
    {
        var september = Report(Project("P-SDDC", "SDDC"));
        var later = Report(Project("P-SDDC", "SDDC", p => p.SpentToDate = 29_600_000m));

        Assert.Empty(SnapshotComparison.Compare(september, september));
        Assert.Empty(SnapshotComparison.Compare(september, later));
    }
}
