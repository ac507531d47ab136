using Hemit.Contracts.Events;
using Hemit.Contracts.Ops.V1;
using Hemit.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hemit.Portal.Tests;

/// <summary>
/// The operations page in real Chromium, calling all five services' ops API with the on-call engineer's own token:
/// a <see cref="MonthClosed"/> that governance could not handle (its database refused connections through every
/// retry) waits in RabbitMQ's error queue, the page shows it with PostgreSQL's reason, and "Send tilbake" puts it back
/// on its queue, where it is handled once. A board member neither sees the link nor gets the page.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed class OperationsPageTests(ReportStack stack)
{
    private const string Queue = "governance-month-closed-handler";

    [Fact]
    public async Task The_on_call_engineer_sees_a_failed_message_with_its_reason_and_sends_it_back_to_be_handled_once()
    {
        var ops = new OpsService.OpsServiceClient(stack.Governance.Channel);
        var closed = new MonthClosed("hrmetrics", 2017, 3);
        await using (await DatabaseOutage.BeginAsync(await PlatformServers.Shared.GetPostgresConnectionStringAsync(), stack.GovernanceDatabase))
        {
            await stack.Governance.Services.GetRequiredService<IBus>().Publish(closed, context => context.MessageId = closed.Id);
            await Eventually.ReachAsync(async () => await ops.ListFailedMessagesAsync(new ListFailedMessagesRequest()),
                failed => failed.Queues.Single(q => q.Queue == Queue).Count == 1, "the message in governance's error queue", TimeSpan.FromSeconds(60));
        }

        // Signed in, the engineer lands on the operations page; the navigation holds only it.
        var page = await stack.Browsers.PageAsAsync(PortalPerson.Operations, 1280, 900);
        await page.GotoAsync(stack.Portal.Address.ToString());
        await page.WaitForURLAsync("**/drift");
        Assert.Equal(["Driftsside"], await page.Locator(".portal-nav a").AllInnerTextsAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("drift-feilet.png"), FullPage = true });

        // Every service answered the engineer's token (ops.read names all five as audience).
        Assert.Equal(["finance", "hrmetrics", "servicedesk", "projects", "governance"],
            await page.Locator(".ops-overview table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.service)"));
        Assert.Equal(0, await page.Locator(".ops-overview td.problem").CountAsync());
        Assert.Equal("1", await page.Locator("tr[data-service='governance'] td[data-field='failed']").InnerTextAsync());
        Assert.Equal("attention", await page.Locator("tr[data-service='governance']").GetAttributeAsync("class"));
        Assert.Equal("0", await page.Locator("tr[data-service='finance'] td[data-field='failed']").InnerTextAsync());

        var message = page.Locator($"tr[data-message='{closed.Id}']");
        Assert.StartsWith("MonthClosed", await message.Locator("th").InnerTextAsync());
        Assert.Contains("not currently accepting connections", await message.Locator("td.reason").InnerTextAsync());
        Assert.Contains($"Kø {Queue}: 1 feilet", await page.Locator($"div.failed-queue[data-queue='{Queue}']").InnerTextAsync());
        Assert.Equal(0, await ClosingsAsync(closed.Id));

        await message.GetByRole(AriaRole.Button, new() { Name = "Send tilbake" }).ClickAsync();
        await page.Locator(".outcome").WaitForAsync();
        Assert.Equal($"1 melding sendt tilbake til køen {Queue} (Styring (governance)).", await page.Locator(".outcome").InnerTextAsync());

        // Handled once, and the error queue is empty: the page says so once governance has taken it.
        await Eventually.ReachAsync(() => ClosingsAsync(closed.Id), count => count == 1, "the month closing recorded", TimeSpan.FromSeconds(60));
        await page.GotoAsync(new Uri(stack.Portal.Address, "drift").ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("drift-sendt-tilbake.png"), FullPage = true });
        Assert.Equal("Ingen feilede meldinger.", await page.Locator("p[data-failed='none']").InnerTextAsync());
        Assert.Equal("0", await page.Locator("tr[data-service='governance'] td[data-field='failed']").InnerTextAsync());
        Assert.Equal(0, (await ops.ListFailedMessagesAsync(new ListFailedMessagesRequest())).Queues.Single(q => q.Queue == Queue).Count);
        Assert.Equal(1, await ClosingsAsync(closed.Id));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_board_member_neither_sees_the_operations_link_nor_gets_the_page()
    {
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember);
        await page.GotoAsync(stack.Portal.Address.ToString());
        Assert.Equal(0, await page.Locator(".portal-nav a[href='/drift']").CountAsync());
        Assert.Equal(0, await page.GetByText("Driftsside").CountAsync());

        await page.GotoAsync(new Uri(stack.Portal.Address, "drift").ToString());
        await page.WaitForURLAsync("**/ingen-tilgang**");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("drift-ingen-tilgang.png"), FullPage = true });
        Assert.Equal("Du har ikke tilgang", await page.Locator("h1").InnerTextAsync());
        Assert.StartsWith("Driftssiden er for driftsvakten.", await page.Locator(".problem").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".ops-overview").CountAsync());
        await page.CloseAsync();
    }

    private Task<int> ClosingsAsync(Guid eventId) => stack.Governance.QueryAsync(db => db.SourceClosings.CountAsync(c => c.EventId == eventId));
}
