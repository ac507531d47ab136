using Hemit.Cli.Finance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
using Hemit.Cli.Projects;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Tests.Generated;

namespace Hemit.Portal.Tests;

/// <summary>
/// Seed 001's October 2021 figures, pushed through the services' own gRPC imports from the files and generator their
/// own tests use: the ledger (DRIFTSRESULTAT (3 401), hittil 23 670), sick leave (Hiå 5,4 against 5 %), staffing
/// (September 435 from its parts), Hemithjelp's tickets, 45 releases through September of which 41 on plan, and the
/// projects service's portfolio of October 2021 (SDDC, SNR IKT, Ålesund sjukehus, Nytt sikkerhetsbygg Østmarka, AMK IKT,
/// RBD, the projects hanging on Helseplattformen PD1) with the year's work orders.
/// </summary>
public static class SeedOctober2021
{
    public static async Task PushAsync(ReportStack stack)
    {
        Assert.Equal(254, (await ReportStack.PushAsync(stack.Finance.Client.ImportLedgerLines(), Read("ledger-2021-seed-october.csv", LedgerFile.Layout, LedgerFile.ToMessage))).Accepted);
        await ReportStack.PushAsync(stack.HrMetrics.Client.ImportSickLeave(), SickLeaveRows());
        await ReportStack.PushAsync(stack.HrMetrics.Client.ImportStaffing(), Read("staffing-2021.csv", HrImportFiles.Staffing, HrImportFiles.ToStaffing));
        await ReportStack.PushAsync(stack.ServiceDesk.Client.ImportTicketEvents(), SeedOctober.ShuffledEvents(SeedOctober.Generate()));
        await ReportStack.PushAsync(stack.ServiceDesk.Client.ImportReleases(), Releases());

        // PD1 first planned for 13 November 2021; the file's date (30 April 2022) moves it, putting its dependants at risk.
        await ReportStack.PushAsync(stack.Projects.Client.ImportMilestones(), [FirstPlannedPd1]);
        await ReportStack.PushAsync(stack.Projects.Client.ImportMilestones(), Read("milestones-external.csv", ProjectsImportFiles.Milestones, ProjectsImportFiles.ToMilestone));
        Assert.Equal(15, (await ReportStack.PushAsync(stack.Projects.Client.ImportProjects(), Read("portfolio-2021-10.csv", ProjectsImportFiles.Projects, ProjectsImportFiles.ToProject))).Accepted);
        Assert.Equal(13, (await ReportStack.PushAsync(stack.Projects.Client.ImportWorkOrders(), Read("work-orders-2021.csv", ProjectsImportFiles.WorkOrders, ProjectsImportFiles.ToWorkOrder))).Accepted);
    }

    private static readonly Milestone FirstPlannedPd1 = new()
    {
        MilestoneId = "HP-PD1", Name = "Helseplattformen PD1", Owner = "Helseplattformen AS", DueDate = "2021-11-13",
    };

    /// <summary>Sykefravær per unit and month, 2020 and January to October 2021.</summary>
    public static List<SickLeaveRecord> SickLeaveRows() => Read("sick-leave-2020-2021.csv", HrImportFiles.SickLeave, HrImportFiles.ToSickLeave);

    /// <summary>45 releases carried out January to September 2021; four a week late: 41 on plan, 91 %.</summary>
    private static IEnumerable<Release> Releases() =>
        Enumerable.Range(1, 45).Select(i =>
        {
            var planned = new DateOnly(2021, 1 + (i % 9), 10);
            var actual = i % 11 == 0 ? planned.AddDays(7) : planned;
            return new Release { ReleaseId = $"REL-2021-{i:D3}", Service = "Doculive EPJ", PlannedDate = $"{planned:yyyy-MM-dd}", ActualDate = $"{actual:yyyy-MM-dd}" };
        });

    private static List<T> Read<T>(string file, ImportFileLayout layout, Func<CsvRow, T> toMessage) where T : class
    {
        var (messages, problems) = CsvImporter.Read(new FileInfo(Path.Combine(AppContext.BaseDirectory, "TestData", file)), layout, toMessage);
        Assert.Empty(problems);
        return messages;
    }
}
