using System.CommandLine;
using Hemit.Cli;
using Hemit.Cli.Governance;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.TestSupport.Browser;
using Microsoft.Playwright;

namespace Hemit.Portal.Tests;

/// <summary>
/// The tertial report of 2022-T1 in real headless Chromium: April 2022's status report (a draft: nobody has closed April)
/// with the top ten risks, the owner's assignments, the investments over 100 MNOK and the benefits, its PDF read back
/// with pdftotext, and the CLI's copy of it. 2022 is a year no other test of the stack touches.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed class TertialReportPageTests(ReportStack stack) : IAsyncLifetime
{
    private const string Tertial = "2022-T1";
    private static readonly SeedOnce Seed = new();

    public Task InitializeAsync() => Seed.RunAsync(SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_tertial_page_shows_the_months_report_then_risks_assignments_investments_and_benefits_and_prints_an_A4_paper()
    {
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember);

        // From the navigation: the tertial picker, then the report.
        await page.GotoAsync(stack.Portal.Address.ToString());
        await page.Locator(".portal-nav").GetByText("Tertialrapport").ClickAsync();
        await page.Locator("#tertial-aar").FillAsync("2022");
        await page.Locator("select[name='tertial']").SelectOptionAsync("T1");
        await page.GetByText("Vis tertialrapport").ClickAsync();
        await page.WaitForURLAsync($"**/tertialrapport/{Tertial}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("tertialrapport-2022-T1.png"), FullPage = true });

        Assert.Equal("Tertialrapport 1. tertial 2022", await page.Locator("h1").First.InnerTextAsync());
        Assert.Equal("UTKAST – 2022-T1, statusrapport pr. april 2022 er et utkast", await page.Locator(".draft-mark:visible").InnerTextAsync());
        Assert.Equal("Statusrapport pr. april 2022", await page.Locator(".monthly-report h1").InnerTextAsync());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
            await page.Locator("section.report-section").EvaluateAllAsync<string[]>("sections => sections.map(s => s.dataset.section)"));

        var risks = page.Locator("section[data-section='7']");
        await risks.ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifacts.PathFor("tertialrapport-2022-T1-risiko.png") });
        Assert.Equal(["R-02", "R-01", "R-03"], await risks.Locator("table.risks tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.risk)"));
        Assert.Equal(["1", "R-02 Nøkkelpersoner slutter på Østmarka", "Direktør drift", "4", "5", "20", "Ny", "Rekruttering og dobbeltbemanning"],
            await risks.Locator("tr[data-risk='R-02'] th, tr[data-risk='R-02'] td").AllInnerTextsAsync());
        Assert.Equal("R-02", await risks.Locator("td[data-cell='4-5']").InnerTextAsync());

        var assignments = page.Locator("section[data-section='8'] table.assignments tbody tr");
        Assert.Equal(["HMN22-021", "HMN22-133"], await assignments.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.assignment)"));
        Assert.Equal(["HMN22-133 Plan for automatisert overføring av data", "01.03.2022", "Pågår", "Høy", "høy risiko for at målet ikke nås; fristen er passert", "Planen er forsinket"],
            await page.Locator("tr[data-assignment='HMN22-133'] th, tr[data-assignment='HMN22-133'] td").AllInnerTextsAsync());

        var investments = page.Locator("section[data-section='9']");
        Assert.Equal(["Helseplattformen videreutvikling"], await investments.Locator("table.investments tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.item)"));
        Assert.Equal(["Helseplattformen videreutvikling eHelse-porteføljen", "…", "150 000", "45 000", "30 %", "152 500"],
            await investments.Locator("table.investments tbody tr th, table.investments tbody tr td").AllInnerTextsAsync());
        Assert.Equal(1, await investments.Locator("figure[data-chart='investments_over_100_mnok'] > svg[role='img']").CountAsync());

        var benefits = page.Locator("section[data-section='10']");
        Assert.Equal(["Mobile enheter og telefoni: Driftstjeneste for mobile enheter i egen regi kr per år", "2 500", "2 000", "80 %", "Ikke nådd"],
            await benefits.Locator("tr[data-benefit='GEV-MET-22'] th, tr[data-benefit='GEV-MET-22'] td").AllInnerTextsAsync());
        Assert.Equal(1, await benefits.Locator("figure[data-chart='benefits_nok'] > svg[role='img']").CountAsync());

        // "Last ned PDF": the tertial and its state on every page, the tertial's sections in the text.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Last ned PDF").ClickAsync());
        var pdfPath = Artifacts.PathFor("tertialrapport-2022-T1.pdf");
        await download.SaveAsAsync(pdfPath);
        Assert.Equal("tertialrapport-2022-T1-utkast.pdf", download.SuggestedFilename);
        var pages = await PdfText.PagesAsync(pdfPath);
        for (var number = 1; number <= pages.Count; number++)
        {
            Assert.Contains("Hemit HF · Tertialrapport 1. tertial 2022 · UTKAST", pages[number - 1]);
            Assert.Contains($"side {number} av {pages.Count}", pages[number - 1]);
        }

        var text = string.Join("\n", pages);
        Assert.Contains("7. Topp ti risiko", text);
        // The portfolio wraps under the item in print, so the figures follow the item on its line.
        Assert.Matches(@"Helseplattformen videreutvikling eHelse-\s+…\s+150 000\s+45 000\s+30 %\s+152 500", text);
        Assert.DoesNotContain("Klientutstyr", text);
    }

    [Fact]
    public async Task The_cli_writes_the_tertial_report_as_pdf_and_html()
    {
        var folder = Directory.CreateTempSubdirectory("hemit-tertial-").FullName;
        try
        {
            var root = new RootCommand("hemit") { Options = { CommonOptions.Format, CommonOptions.Url } };
            root.Subcommands.Add(GovernanceCommands.Create());
            foreach (var file in new[] { "tertial.pdf", "tertial.html" })
            {
                var exit = await root.Parse($"governance report --period {Tertial} --out {Path.Combine(folder, file)} --url {stack.Portal.Address}")
                    .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
                Assert.Equal(0, exit);
            }

            var pdf = string.Join("\n", await PdfText.PagesAsync(Path.Combine(folder, "tertial.pdf")));
            Assert.Contains("Tertialrapport 1. tertial 2022", pdf);
            Assert.Contains("HMN22-133", pdf);
            var html = await File.ReadAllTextAsync(Path.Combine(folder, "tertial.html"));
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("data-risk=\"R-02\"", html);

            var refusal = await Assert.ThrowsAsync<CliException>(() => root.Parse($"governance report --period 2022-T4 --out {Path.Combine(folder, "x.pdf")} --url {stack.Portal.Address}")
                .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
            Assert.Equal("--period: T4 is not a tertial; a year has T1 (January-April), T2 (May-August) and T3 (September-December)", refusal.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task SeedAsync()
    {
        var risks = new RiskAndAuditService.RiskAndAuditServiceClient(stack.Governance.Channel);
        foreach (var (code, title, probability, consequence, measures) in new[]
                 {
                     ("R-01", "Forsinket levering av Helseplattformen", 3, 5, "Tett oppfølging av leverandør"),
                     ("R-02", "Nøkkelpersoner slutter på Østmarka", 4, 5, "Rekruttering og dobbeltbemanning"),
                     ("R-03", "Svakheter i IKT-sikkerhet", 3, 4, "Tiltak fra gap-analysen"),
                 })
        {
            await risks.SaveRiskAsync(new SaveRiskRequest { Code = code, Title = title, Owner = "Direktør drift", Measures = measures });
            await risks.AssessRiskAsync(new AssessRiskRequest { Code = code, Tertial = Tertial, Probability = probability, Consequence = consequence });
        }

        var assignments = new OwnerAssignmentService.OwnerAssignmentServiceClient(stack.Governance.Channel);
        await assignments.SaveAssignmentsAsync(new SaveAssignmentsRequest
        {
            Assignments =
            {
                new Contracts.Governance.V1.OwnerAssignment { Code = "HMN22-021", Title = "Sykefravær", Role = HemitRole.Leads, ReportedPerTertial = true },
                new Contracts.Governance.V1.OwnerAssignment { Code = "HMN22-133", Title = "Plan for automatisert overføring av data", Deadline = "2022-03-01", Role = HemitRole.Contributes },
                new Contracts.Governance.V1.OwnerAssignment { Code = "HMN22-009", Title = "Spesialisthelsetjenester til den samiske befolkningen", Role = HemitRole.Contributes },
            },
        });
        await assignments.ReportAssignmentStatusAsync(new ReportAssignmentStatusRequest { Code = "HMN22-021", Tertial = Tertial, Status = AssignmentStatus.InProgress, Risk = GoalRisk.Medium, Comment = "Handlingsplan i alle avdelinger" });
        await assignments.ReportAssignmentStatusAsync(new ReportAssignmentStatusRequest { Code = "HMN22-133", Tertial = Tertial, Status = AssignmentStatus.InProgress, Risk = GoalRisk.High, Comment = "Planen er forsinket" });
        await assignments.ReportAssignmentStatusAsync(new ReportAssignmentStatusRequest { Code = "HMN22-009", Tertial = Tertial, Status = AssignmentStatus.InProgress, Risk = GoalRisk.Low, Comment = "Følges opp" });

        await ReportStack.PushAsync(stack.Finance.Client.ImportInvestments(),
        [
            new Investment { Year = 2022, Portfolio = InvestmentPortfolio.ProgrammeAreas, Item = "Helseplattformen videreutvikling", Budget = Money.FromDecimal(150_000_000m), SpentToDate = Money.FromDecimal(45_000_000m), Forecast = Money.FromDecimal(152_500_000m) },
            new Investment { Year = 2022, Portfolio = InvestmentPortfolio.Infrastructure, Item = "Klientutstyr", Budget = Money.FromDecimal(40_000_000m), SpentToDate = Money.FromDecimal(10_000_000m) },
        ]);
        await ReportStack.PushAsync(stack.Projects.Client.ImportBenefits(),
        [
            new Benefit { BenefitId = "GEV-MET-22", ProjectId = "P-MET", Description = "Driftstjeneste for mobile enheter i egen regi", Unit = BenefitUnit.NokPerYear, Year = 2022,
                Expected = Contracts.Common.V1.Decimal.FromDecimal(2_500_000m), Realised = Contracts.Common.V1.Decimal.FromDecimal(2_000_000m) },
        ]);
    }
}
