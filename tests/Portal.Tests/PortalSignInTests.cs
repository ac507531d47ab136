using System.Net;
using Hemit.BuildingBlocks.Auditing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Governance.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Hemit.Portal.Tests;

/// <summary>
/// Portal login in real Chromium against the real identity service: who may see the report, who may approve it, and
/// that governance itself refuses what the portal does not show.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed class PortalSignInTests(ReportStack stack)
{
    private static readonly string[] AllSources = ["finance", "hrmetrics", "servicedesk", "projects"];

    [Fact]
    public async Task Anonymous_is_sent_to_the_identity_login_page_and_a_download_without_a_token_is_refused()
    {
        await using var anonymous = await stack.Browsers.AnonymousAsync();
        var page = await anonymous.NewPageAsync();
        await page.GotoAsync(new Uri(stack.Portal.Address, "statusrapport/2021-10").ToString());

        Assert.StartsWith(new Uri(stack.Identity.Issuer, "account/login").ToString(), page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#password").CountAsync());
        Assert.Equal(0, await page.Locator(".report").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("innlogging.png"), FullPage = true });

        // A script with no token is told so, not handed the login page as its PDF.
        using var http = new HttpClient();
        using var download = await http.GetAsync(new Uri(stack.Portal.Address, "statusrapport/2021-10/pdf"));
        Assert.Equal(HttpStatusCode.Unauthorized, download.StatusCode);
        using var health = await http.GetAsync(new Uri(stack.Portal.Address, "health"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_board_member_sees_the_report_but_no_approve_button_and_governance_refuses_a_forged_approval()
    {
        var june = Period.Of(2021, 6);
        await stack.CloseAsync(june, AllSources);
        await stack.ReportInStateAsync(june, StatusReportState.Final);

        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember);
        var url = new Uri(stack.Portal.Address, "statusrapport/2021-06").ToString();
        await page.GotoAsync(url);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("statusrapport-2021-06-styremedlem.png"), FullPage = true });

        Assert.Equal("Statusrapport pr. juni 2021", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Endelig", await page.Locator(".report-meta .state").InnerTextAsync());
        Assert.Equal("Innlogget som Styremedlem (test)", await page.Locator(".signed-in .person").InnerTextAsync());
        Assert.Equal(1, await page.GetByText("Logg ut").CountAsync());
        Assert.Equal(0, await page.Locator("form.approve").CountAsync());
        Assert.Equal(0, await page.GetByText("Godkjenn rapporten").CountAsync());
        Assert.Equal(0, await page.GetByText("Skriv vurdering", new() { Exact = false }).CountAsync());

        // The assessment page by its address: no form without governance.write.
        await page.GotoAsync(url + "/vurdering/2");
        Assert.StartsWith("Du har ikke tilgang til å skrive vurderinger", await page.Locator(".problem").InnerTextAsync());
        Assert.Equal(0, await page.Locator("form.assessment-form").CountAsync());

        // The approval form posted all the same (with the page's own antiforgery token): governance refuses the
        // member's token, and the portal says so in bokmål.
        await page.GotoAsync(url);
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", (await page.Locator("input[name='__RequestVerificationToken']").First.GetAttributeAsync("value"))!);
        form.Set("_handler", "godkjenn");
        form.Set("ApprovedBy", "Styret");
        var forged = await page.APIRequest.PostAsync(url, new() { Form = form });
        var answer = WebUtility.HtmlDecode(await forged.TextAsync());
        Assert.Contains("Rapporten ble ikke godkjent: du har ikke tilgang til dette.", answer);
        Assert.Contains("governance.approve", answer);
        Assert.Null((await stack.ReportAsync(june)).Approved);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_board_secretary_approves_the_report_in_the_portal_and_sees_the_approved_version()
    {
        var may = Period.Of(2021, 5);
        await stack.CloseAsync(may, AllSources);
        await stack.ReportInStateAsync(may, StatusReportState.Final);

        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardSecretary);
        await page.GotoAsync(new Uri(stack.Portal.Address, "statusrapport/2021-05").ToString());
        Assert.Equal("Innlogget som Styresekretær (test)", await page.Locator(".signed-in .person").InnerTextAsync());
        Assert.Equal(1, await page.GetByText("Skriv vurdering for seksjon 1").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("statusrapport-2021-05-styresekretaer.png"), FullPage = true });

        await page.GetByText("Godkjenn rapporten").ClickAsync();
        await page.WaitForURLAsync("**/statusrapport/2021-05?versjon=godkjent");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("statusrapport-2021-05-godkjent.png"), FullPage = true });

        Assert.Equal("Godkjent versjon 1", await page.Locator(".report-meta .state").InnerTextAsync());
        Assert.StartsWith(" · godkjent av Styret", await page.Locator(".report-meta span").Nth(1).InnerTextAsync());
        var approved = (await stack.ReportAsync(may)).Approved;
        Assert.Equal((StatusReportState.Approved, 1, "Styret"), (approved.State, approved.Version, approved.ApprovedBy));

        // Governance's audit trail names the person, through the portal: the portal called with the secretary's token.
        var entry = Assert.Single(await stack.Governance.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Method.EndsWith("/ApproveStatusReport") && e.Client == "portal").ToListAsync()));
        Assert.Equal("OK", entry.Outcome);
        Assert.True(Guid.TryParse(entry.Caller, out _), $"caller {entry.Caller} is the person's id");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_person_without_governance_read_is_told_they_have_no_access_and_can_sign_out()
    {
        await using var context = await stack.Browsers.AnonymousAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(stack.Portal.Address, "statusrapport/2021-10").ToString());
        await stack.Browsers.SignInAsync(page, PortalPerson.Operations);
        await page.WaitForURLAsync("**/ingen-tilgang**");

        Assert.Equal("Du har ikke tilgang", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".report").CountAsync());
        Assert.Equal("Innlogget som Driftsvakt (test)", await page.Locator(".signed-in .person").InnerTextAsync());

        // Signing out ends the identity service's session too: the next page asks for a password again.
        await page.GetByText("Logg ut").ClickAsync();
        await page.WaitForURLAsync(new Uri(stack.Identity.Issuer, "account/login") + "**");
        Assert.Equal(1, await page.Locator("#password").CountAsync());
    }
}
