using Hemit.TestSupport;
using Microsoft.Playwright;
using Npgsql;

namespace Hemit.Portal.Tests;

/// <summary>
/// Two portal replicas: the sign-in cookie one replica wrote is read by the other, because both keep their
/// data-protection keys in the one portal database; a portal with its own (another) database cannot read it.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed class PortalReplicasTests(ReportStack stack)
{
    [Fact]
    public async Task A_person_signed_in_at_one_portal_replica_sees_the_report_at_another_on_the_same_database_but_not_at_a_portal_with_its_own()
    {
        // Signed in at the stack's portal (its keys in the stack's portaldb); cookies go by host, not port, so the
        // browser sends the same sign-in cookie to every portal on 127.0.0.1.
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember);
        await page.GotoAsync(new Uri(stack.Portal.Address, "statusrapport/2021-10").ToString());
        Assert.Equal("Statusrapport pr. oktober 2021", await page.Locator("h1").InnerTextAsync());

        await using (var replica = stack.AnotherPortal(new Uri($"http://127.0.0.1:{IdentityServer.FreePort()}/"), stack.PortalDatabase))
        {
            await page.GotoAsync(new Uri(replica.Address, "statusrapport/2021-10").ToString());
            Assert.StartsWith(replica.Address.ToString(), page.Url, StringComparison.Ordinal);
            Assert.Equal("Statusrapport pr. oktober 2021", await page.Locator("h1").InnerTextAsync());
            Assert.Equal("Innlogget som Styremedlem (test)", await page.Locator(".signed-in .person").InnerTextAsync());
            Assert.Equal(0, await page.Locator("#password").CountAsync());
        }

        // The key ring is the database's: one key, which both replicas used.
        await using (var connection = new NpgsqlConnection(stack.PortalDatabase))
        {
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys", connection);
            Assert.Equal(1L, await count.ExecuteScalarAsync());
        }

        // A portal with a key ring of its own cannot read the cookie: it sends the browser to sign in again.
        var otherDatabase = await PlatformServers.Shared.CreateDatabaseAsync("portal");
        await using (var stranger = stack.AnotherPortal(new Uri($"http://127.0.0.1:{IdentityServer.FreePort()}/"), otherDatabase))
        {
            await page.GotoAsync(new Uri(stranger.Address, "statusrapport/2021-10").ToString());
            Assert.StartsWith(stack.Identity.Issuer.ToString(), page.Url, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator(".report").CountAsync());
        }

        await page.CloseAsync();
    }
}
