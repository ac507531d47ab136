using System.Net;
using Hemit.Identity.Tests.Support;
using Hemit.TestSupport;

namespace Hemit.Identity.Tests;

/// <summary>Clients and accounts come from configuration and are made to match it at every start: a restart applies a change.</summary>
public sealed class ConfigurationChangeTests
{
    [Fact]
    public async Task Client_and_account_changes_take_effect_at_the_next_start()
    {
        var database = await PlatformServers.Shared.CreateDatabaseAsync("identity_restart");
        string boardMemberId;
        await using (var before = new IdentityHost(database, new IdentityConfiguration(
                         [TestAccounts.FinanceIntegration, TestAccounts.OperationsTool, TestAccounts.Portal],
                         [TestAccounts.BoardMember, TestAccounts.BoardSecretary])))
        {
            Assert.Equal(["finance.read", "finance.write"], Jwt.Read(await before.AccessTokenAsync("finance-integration", "finans-hemmelighet-1")).Scopes.Order());
            using var browser = new PersonBrowser(before);
            var member = Jwt.Read((await browser.AuthorizationCodeAsync(TestAccounts.Portal, TestAccounts.BoardMember, "openid governance.read governance.approve"))
                .GetProperty("access_token").GetString()!);
            Assert.Equal(["governance.read", "openid"], member.Scopes.Order());
            boardMemberId = member.Claim("sub")!;
        }

        // The secret rotated and write access taken away; ops-tool and the secretary's account gone; governance added;
        // the board member also made secretary, under a new display name.
        var financeAfter = new ClientSettings
        {
            ClientId = "finance-integration", ClientSecret = "finans-hemmelighet-2", Scopes = ["finance.read"], GrantTypes = ["client_credentials"],
        };
        var boardMemberAfter = new PersonSettings
        {
            UserName = TestAccounts.BoardMember.UserName, Password = TestAccounts.BoardMember.Password,
            DisplayName = "Åse Ødegård Bjørnå Dahl", Roles = ["board-member", "board-secretary"],
        };
        await using var after = new IdentityHost(database, new IdentityConfiguration(
            [financeAfter, TestAccounts.GovernanceService, TestAccounts.Portal], [boardMemberAfter]));

        Assert.Equal("invalid_client", (await after.ClientCredentialsAsync("finance-integration", "finans-hemmelighet-1")).Body.GetProperty("error").GetString());
        Assert.Equal(["finance.read"], Jwt.Read(await after.AccessTokenAsync("finance-integration", "finans-hemmelighet-2")).Scopes);
        Assert.Equal("invalid_scope", (await after.ClientCredentialsAsync("finance-integration", "finans-hemmelighet-2", "finance.write")).Body.GetProperty("error").GetString());
        Assert.Equal("invalid_client", (await after.ClientCredentialsAsync("ops-tool", "drift-hemmelighet-1")).Body.GetProperty("error").GetString());
        Assert.Equal(["finance", "hrmetrics", "projects", "servicedesk"],
            Jwt.Read(await after.AccessTokenAsync("governance", "styring-hemmelighet-1")).Claims("aud").Order());

        using (var browser = new PersonBrowser(after))
        {
            var member = Jwt.Read((await browser.AuthorizationCodeAsync(TestAccounts.Portal, boardMemberAfter, "openid governance.read governance.approve"))
                .GetProperty("access_token").GetString()!);
            Assert.Equal((boardMemberId, "Åse Ødegård Bjørnå Dahl"), (member.Claim("sub"), member.Claim("name")));
            Assert.Equal(["governance.approve", "governance.read", "openid"], member.Scopes.Order());
            Assert.Equal(["board-member", "board-secretary"], member.Claims("role").Order());
        }

        using (var browser = new PersonBrowser(after))
        {
            using var removed = await browser.SignInAsync("/account/login", TestAccounts.BoardSecretary.UserName, TestAccounts.BoardSecretary.Password);
            Assert.Equal(HttpStatusCode.Unauthorized, removed.StatusCode);
            Assert.Contains("Feil brukernavn eller passord.", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_configuration_that_cannot_be_used_stops_the_start_and_says_what_is_wrong()
    {
        var database = await PlatformServers.Shared.CreateDatabaseAsync("identity_badconfig");
        await using var host = new IdentityHost(database, new IdentityConfiguration(
            [new ClientSettings { ClientId = "finance-integration", ClientSecret = "x", Scopes = ["finance.admin"], GrantTypes = ["password"] }],
            [new PersonSettings { UserName = "styreleder", Password = "Passord-1", DisplayName = "Styreleder", Roles = ["chair"] }]));

        var failure = Assert.Throws<InvalidOperationException>(() => host.Server);

        Assert.Contains("Identity:Clients:0:Scopes: 'finance.admin' is not a platform scope", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Identity:Clients:0:GrantTypes: 'password' is not one of", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Identity:Users:0 (styreleder): role 'chair' is not one of", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_plain_http_is_refused_unless_allowed()
    {
        var database = await PlatformServers.Shared.CreateDatabaseAsync("identity_https");
        var clients = new IdentityConfiguration([TestAccounts.FinanceIntegration], []);
        await using (var production = new IdentityHost(database, clients, environment: "Production"))
        {
            var (status, body) = await production.ClientCredentialsAsync("finance-integration", "finans-hemmelighet-1");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("invalid_request", body.GetProperty("error").GetString());
            Assert.Contains("HTTPS", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        }

        await using var behindProxy = new IdentityHost(database, clients, environment: "Production", allowHttp: true);
        Assert.Equal(["finance"], Jwt.Read(await behindProxy.AccessTokenAsync("finance-integration", "finans-hemmelighet-1")).Claims("aud"));
    }
}
