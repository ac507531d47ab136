using System.CommandLine;
using Hemit.Cli;
using Hemit.Cli.Governance;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.TestSupport;
using Hemit.TestSupport.Browser;
using Microsoft.Playwright;

namespace Hemit.Portal.Tests;

/// <summary>The board's portal in real headless Chromium (Debian's), its PDF read back with pdftotext, and the CLI's copy of it.</summary>
[Collection(ReportStackCollection.Name)]
public sealed class PortalBrowserTests(ReportStack stack)
{
    private static readonly string[] AllSources = ["finance", "hrmetrics", "servicedesk", "projects"];

    /// <summary>The figure's value cell, by the figure's key.</summary>
    private static ILocator Value(IPage page, string key) => page.Locator($"tr[data-key='{key}'] td.num").First;

    [Fact]
    public async Task The_October_2021_report_page_shows_the_seed_figures_a_chart_per_chosen_figure_and_prints_an_A4_board_paper()
    {
        var october = Period.Of(2021, 10);
        await stack.CloseAsync(october, AllSources);
        await stack.ReportInStateAsync(october, StatusReportState.Final);

        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember);
        var response = await page.GotoAsync(new Uri(stack.Portal.Address, "statusrapport/2021-10").ToString());
        Assert.Equal(200, response!.Status);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("statusrapport-2021-10.png"), FullPage = true });

        Assert.Equal("Statusrapport pr. oktober 2021", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".draft-mark").CountAsync());
        Assert.Equal("Endelig", await page.Locator(".report-meta .state").InnerTextAsync());
        // The traffic lights come first, before section 1.
        Assert.Equal("Sammendrag", await page.Locator("h2").First.InnerTextAsync());
        Assert.Equal(1, await page.Locator("table.lights tr[data-section='2'] .light-red").CountAsync());
        Assert.Equal(1, await page.Locator("table.lights tr[data-section='5'] .light-red").CountAsync());

        Assert.Equal("(3 401)", await Value(page, "finance.operating_result.period").InnerTextAsync());
        Assert.Equal("Budsjett (1 669)", await page.Locator("tr[data-key='finance.operating_result.period'] td.num").Nth(1).InnerTextAsync());
        Assert.Equal("23 670", await Value(page, "finance.operating_result.year_to_date").InnerTextAsync());
        Assert.Equal("5,4 %", await Value(page, "hrmetrics.sick_leave.year_to_date").InnerTextAsync());
        Assert.Equal("Mål under 5 %", await page.Locator("tr[data-key='hrmetrics.sick_leave.year_to_date'] td.num").Nth(1).InnerTextAsync());
        Assert.Equal("Ikke nådd", await page.Locator("tr[data-key='hrmetrics.sick_leave.year_to_date'] .status").InnerTextAsync());
        Assert.Equal("435", await Value(page, "hrmetrics.staffing.2021-09.total_headcount").InnerTextAsync());
        Assert.Equal("91 %", await Value(page, "servicedesk.releases.on_plan_percent").InnerTextAsync());

        // 5 Status prosjektgjennomføring: the forecast beside the budget with the projects service's verdict, the red
        // projects with their comment, and the projects at risk with the chain from the cause.
        var projects = page.Locator("section[data-section='5']");
        await projects.ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifacts.PathFor("statusrapport-2021-10-prosjekter.png") });
        Assert.Equal(0, await projects.Locator(".unavailable").CountAsync());
        Assert.Equal("443 150", await Value(page, "projects.portfolio.forecast").InnerTextAsync());
        Assert.Equal("Budsjett 427 600", await page.Locator("tr[data-key='projects.portfolio.forecast'] td.num").Nth(1).InnerTextAsync());
        Assert.Equal("Ikke nådd", await page.Locator("tr[data-key='projects.portfolio.forecast'] .status").InnerTextAsync());
        Assert.Equal("48,4 %", await Value(page, "projects.portfolio.budget_consumption").InnerTextAsync());
        Assert.Equal("4", await Value(page, "projects.portfolio.red_projects").InnerTextAsync());
        var redProjects = projects.Locator("table.red-projects tbody tr");
        Assert.Equal(4, await redProjects.CountAsync());
        Assert.Equal(["SNR IKT\nHF-vise prosjekter · Helse Møre og Romsdal", "Gjennomføring", "Rød", "Gul", "Grønn", "145 000", "151 000", "Avhenger av ny AMK-løsning for akuttmottaket"],
            await projects.Locator("table.red-projects tr[data-project='P-SNR-IKT'] th, table.red-projects tr[data-project='P-SNR-IKT'] td").AllInnerTextsAsync());
        Assert.Contains("AMK IKT → Ny AMK-løsning Midt-Norge → SNR IKT",
            await projects.Locator("table.risk-projects tr[data-project='P-SNR-IKT'] td.chain").AllInnerTextsAsync());
        Assert.Equal(["Helseplattformen PD1 → End User Device"],
            await projects.Locator("table.risk-projects tr[data-project='P-EUD'] td.chain").AllInnerTextsAsync());
        Assert.Equal(["Gjennomføring", "2", "4", "4"],
            await page.Locator("figure[data-chart='projects_by_phase_and_status'] table tbody tr").Nth(2).Locator("th, td").AllInnerTextsAsync());

        // 6 Oppdragsgjennomføring: lead time and on-time share for the month and the year beside the target.
        Assert.Equal("35,6 dager", await Value(page, "projects.work_orders.month.lead_time").InnerTextAsync());
        Assert.Equal("Nådd", await page.Locator("tr[data-key='projects.work_orders.month.on_time'] .status").InnerTextAsync());
        Assert.Equal("75 %", await Value(page, "projects.work_orders.year_to_date.on_time").InnerTextAsync());
        Assert.Equal("Mål 80 %", await page.Locator("tr[data-key='projects.work_orders.year_to_date.on_time'] td.num").Nth(1).InnerTextAsync());
        Assert.Equal("2", await Value(page, "projects.work_orders.open.0_30").InnerTextAsync());

        // One SVG chart per chosen figure, each with its figures as a table for screen readers.
        Assert.Equal(["result_by_month", "sick_leave_by_month", "resolution_by_priority", "projects_by_phase_and_status", "work_orders_on_time_by_month"],
            await page.Locator("figure.chart").EvaluateAllAsync<string[]>("charts => charts.map(c => c.dataset.chart)"));
        Assert.Equal(5, await page.Locator("figure.chart > svg[role='img']").CountAsync());
        var sickLeaveTable = page.Locator("figure[data-chart='sick_leave_by_month'] table");
        Assert.Equal(["okt", "6,3 %", "5,5 %", "5,0 %"], await sickLeaveTable.Locator("tbody tr").Nth(9).Locator("th, td").AllInnerTextsAsync());
        Assert.Equal(["Prioritet 3", "63 %", "65 %"], await page.Locator("figure[data-chart='resolution_by_priority'] table tbody tr").Nth(2).Locator("th, td").AllInnerTextsAsync());
        Assert.Equal(["okt", "(3 401)", "(1 669)"], await page.Locator("figure[data-chart='result_by_month'] table tbody tr").Nth(9).Locator("th, td").AllInnerTextsAsync());

        // "Last ned PDF": an A4 board paper with the month, the state and the page number on every page.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Last ned PDF").ClickAsync());
        var pdfPath = Artifacts.PathFor("statusrapport-2021-10.pdf");
        await download.SaveAsAsync(pdfPath);
        Assert.Equal("statusrapport-2021-10-endelig.pdf", download.SuggestedFilename);
        var pages = await PdfText.PagesAsync(pdfPath);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        for (var number = 1; number <= pages.Count; number++)
        {
            Assert.Contains("Statusrapport pr. oktober 2021 · Endelig", pages[number - 1]);
            Assert.Contains($"side {number} av {pages.Count}", pages[number - 1]);
        }

        var text = string.Join("\n", pages);
        Assert.Matches(@"DRIFTSRESULTAT, denne periode\s+\(3 401\)\s+Budsjett \(1 669\)\s+Ikke nådd", text);
        Assert.Matches(@"DRIFTSRESULTAT, hittil i år\s+23 670\s+Budsjett 1 125\s+Nådd", text);
        Assert.Matches(@"Sykefravær hittil i år \(Hiå\) 2021\s+5,4 %\s+Mål under 5 %\s+Ikke nådd", text);
        Assert.Matches(@"Sum bemanning \(antall\), september\s+435", text);
        Assert.Matches(@"Releaser i henhold til opprinnelig plan\s+91 %", text);
        Assert.Matches(@"Prognose mot budsjett\s+443 150\s+Budsjett 427 600\s+Ikke nådd", text);
        Assert.Matches(@"Røde prosjekter\s", text);
        // The comment wraps inside its cell, so only its first words stand on the row's line.
        Assert.Matches(@"SNR IKT\s+Gjennomføring\s+Rød\s+Gul\s+Grønn\s+145 000\s+151 000\s+Avhenger av", text);
        Assert.Matches(@"Levert innen frist hittil i år\s+75 %\s+Mål 80 %\s+Ikke nådd", text);
        Assert.DoesNotContain("UTKAST", text);
    }

    [Fact]
    public async Task Before_the_last_source_closes_every_page_is_marked_draft_and_management_writes_its_assessment_in_the_portal()
    {
        var august = Period.Of(2021, 8);
        await stack.CloseAsync(august, "finance", "hrmetrics", "servicedesk");
        await Eventually.ReachAsync(() => stack.ReportAsync(august), r => r.Current.Sources.Count(s => s.Closed) == 3, "governance hearing three closings of 2021-08");

        var page = await stack.Browsers.PageAsAsync(PortalPerson.Management);
        await page.GotoAsync(new Uri(stack.Portal.Address, "statusrapport/2021-08").ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("statusrapport-2021-08-utkast.png"), FullPage = true });
        Assert.Equal("UTKAST – 2021-08, ikke avsluttet av Prosjekter (projects)", await page.Locator(".draft-mark").InnerTextAsync());
        Assert.Equal(0, await page.Locator("form.approve").CountAsync());

        // Management's assessment, written in the portal, stands in the report's section.
        await page.GetByText("Skriv vurdering for seksjon 2").ClickAsync();
        await page.Locator("#text").FillAsync("Sykefraværet øker; ledere følger opp tett, særlig på Værnes og Åsen.");
        await page.Locator("#written-by").FillAsync("HR-sjef");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("statusrapport-2021-08-vurdering-skjema.png"), FullPage = true });
        await page.GetByText("Lagre vurderingen").ClickAsync();
        await page.WaitForURLAsync("**/statusrapport/2021-08#seksjon-2");
        Assert.Equal("Sykefraværet øker; ledere følger opp tett, særlig på Værnes og Åsen.",
            await page.Locator("section[data-section='2'] .assessment-text").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("statusrapport-2021-08-vurdering.png"), FullPage = true });

        var pdfPath = Artifacts.PathFor("statusrapport-2021-08-utkast.pdf");
        var pdf = await page.APIRequest.GetAsync(new Uri(stack.Portal.Address, "statusrapport/2021-08/pdf").ToString());
        Assert.True("application/pdf" == pdf.Headers["content-type"], await pdf.TextAsync());
        await File.WriteAllBytesAsync(pdfPath, await pdf.BodyAsync());
        var pages = await PdfText.PagesAsync(pdfPath);
        Assert.Contains("UTKAST – 2021-08, ikke avsluttet av Prosjekter (projects)", pages[0]);
        Assert.All(pages, text => Assert.Contains("Hemit HF · Statusrapport pr. august 2021 · UTKAST", text));
        Assert.Contains("Sykefraværet øker; ledere følger opp tett", string.Join("\n", pages));
    }

    [Fact]
    public async Task The_cli_writes_the_same_report_as_pdf_and_html()
    {
        var october = Period.Of(2021, 10);
        await stack.CloseAsync(october, AllSources);
        await stack.ReportInStateAsync(october, StatusReportState.Final);
        var folder = Directory.CreateTempSubdirectory("hemit-report-").FullName;
        try
        {
            var root = new RootCommand("hemit") { Options = { CommonOptions.Format, CommonOptions.Url } };
            root.Subcommands.Add(GovernanceCommands.Create());
            foreach (var file in new[] { "styresak.pdf", "styresak.html" })
            {
                var exit = await root.Parse($"governance report --period 2021-10 --out {Path.Combine(folder, file)} --url {stack.Portal.Address}")
                    .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
                Assert.Equal(0, exit);
            }

            var pdf = string.Join("\n", await PdfText.PagesAsync(Path.Combine(folder, "styresak.pdf")));
            Assert.Matches(@"DRIFTSRESULTAT, hittil i år\s+23 670", pdf);
            var html = await File.ReadAllTextAsync(Path.Combine(folder, "styresak.html"));
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("<td class=\"num\">23 670</td>", html);
            Assert.Equal(5, html.Split("<svg role=\"img\"").Length - 1);

            var refusal = await Assert.ThrowsAsync<CliException>(() => root.Parse($"governance report --period 2021-10 --out {Path.Combine(folder, "styresak.docx")} --url {stack.Portal.Address}")
                .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
            Assert.Equal("--out: 'styresak.docx' must end in .pdf or .html", refusal.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
