using System.Net;
using System.Text.Json;
using Hemit.Identity.Tests.Support;

namespace Hemit.Identity.Tests;

/// <summary>
/// People signing in: the portal's authorization code with PKCE, and <c>hemit login</c>'s device flow, each end to end
/// over HTTP with the login page. A person gets what the application asked for, limited by the person's roles.
/// </summary>
public sealed class PeopleSignInTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private const string PortalScopes = "openid profile roles governance.read governance.approve";

    private IdentityHost Host => identity.Host;

    [Fact]
    public async Task A_board_member_asking_to_approve_through_the_portal_gets_a_token_to_read_governance_only()
    {
        using var browser = new PersonBrowser(Host);

        var tokens = await browser.AuthorizationCodeAsync(TestAccounts.Portal, TestAccounts.BoardMember, PortalScopes);

        var access = Jwt.Read(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(["governance.read", "openid", "profile", "roles"], access.Scopes.Order());
        Assert.Equal(["governance"], access.Claims("aud"));
        Assert.Equal("portal", access.Claim("client_id"));
        Assert.Equal("Åse Ødegård Bjørnå", access.Claim("name"));
        Assert.Equal(["board-member"], access.Claims("role"));
        // The subject is a pseudonymous id, not the user name.
        Assert.True(Guid.TryParse(access.Claim("sub"), out _), access.Claim("sub"));
        var id = Jwt.Read(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal((access.Claim("sub"), "Åse Ødegård Bjørnå", "portal"), (id.Claim("sub"), id.Claim("name"), id.Claim("aud")));
        Assert.Equal(["board-member"], id.Claims("role"));
    }

    [Fact]
    public async Task The_board_secretary_gets_governance_approve()
    {
        using var browser = new PersonBrowser(Host);

        var tokens = await browser.AuthorizationCodeAsync(TestAccounts.Portal, TestAccounts.BoardSecretary, PortalScopes);

        var access = Jwt.Read(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(["governance.approve", "governance.read", "openid", "profile", "roles"], access.Scopes.Order());
        Assert.Equal(["board-secretary"], access.Claims("role"));
    }

    [Fact]
    public async Task An_authorization_request_without_pkce_is_refused()
    {
        using var browser = new PersonBrowser(Host);
        await browser.OpenSignedInAsync("/connect/verify", TestAccounts.Manager);

        using var answer = await browser.Http.GetAsync(
            $"/connect/authorize?response_type=code&client_id=portal&redirect_uri={Uri.EscapeDataString(TestAccounts.PortalRedirect)}&scope=openid&state=s");

        // Refused at once, before any redirect to the portal: no code is ever issued without a code challenge.
        var body = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hemit_login_in_a_terminal_gets_a_token_once_the_person_approves_in_a_browser()
    {
        var device = await DeviceAuthorizationAsync("openid profile governance.read governance.write hr.read");
        var pending = await DeviceTokenAsync(device);
        Assert.Equal("authorization_pending", pending.GetProperty("error").GetString());

        using var browser = new PersonBrowser(Host);
        var done = await browser.ApproveDeviceAsync(
            device.GetProperty("verification_uri").GetString()!, device.GetProperty("user_code").GetString()!, TestAccounts.Manager);
        Assert.Contains("godkjent", done, StringComparison.Ordinal);

        var tokens = await DeviceTokenAsync(device);
        var access = Jwt.Read(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(["governance.read", "governance.write", "hr.read", "openid", "profile"], access.Scopes.Order());
        Assert.Equal(["governance", "hrmetrics"], access.Claims("aud").Order());
        Assert.Equal(("hemit-cli", "Håkon Leder"), (access.Claim("client_id"), access.Claim("name")));
        Assert.Equal(["management"], access.Claims("role"));
    }

    [Fact]
    public async Task The_device_flow_asks_for_at_most_what_the_cli_is_permitted()
    {
        using var client = Host.Browser();
        using var answer = await client.PostAsync("/connect/device", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "hemit-cli", ["scope"] = "openid no.such.scope",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("invalid_scope", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Userinfo_answers_with_the_persons_id_name_and_roles()
    {
        using var browser = new PersonBrowser(Host);
        var tokens = await browser.AuthorizationCodeAsync(TestAccounts.Portal, TestAccounts.BoardSecretary, "openid profile roles");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        using var answer = await browser.Http.SendAsync(request);

        var info = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Kjærsti Æbeltoft Øyen", info.GetProperty("name").GetString());
        Assert.Equal(["board-secretary"], info.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(Jwt.Read(tokens.GetProperty("access_token").GetString()!).Claim("sub"), info.GetProperty("sub").GetString());
    }

    [Fact]
    public async Task The_portal_renews_a_persons_token_with_the_refresh_token()
    {
        using var browser = new PersonBrowser(Host);
        var tokens = await browser.AuthorizationCodeAsync(TestAccounts.Portal, TestAccounts.BoardSecretary, "openid offline_access governance.approve");

        var (status, renewed) = await Host.TokenRequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["client_id"] = "portal", ["client_secret"] = "portal-hemmelighet-1",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var access = Jwt.Read(renewed.GetProperty("access_token").GetString()!);
        Assert.Equal(["governance.approve", "offline_access", "openid"], access.Scopes.Order());
        Assert.Equal("Kjærsti Æbeltoft Øyen", access.Claim("name"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_returns_to_the_portal()
    {
        using var browser = new PersonBrowser(Host);
        await browser.AuthorizationCodeAsync(TestAccounts.Portal, TestAccounts.Manager, "openid");

        using var signedOut = await browser.Http.GetAsync(
            $"/connect/endsession?client_id=portal&post_logout_redirect_uri={Uri.EscapeDataString(TestAccounts.PortalSignedOut)}&state=ut");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(TestAccounts.PortalSignedOut + "?state=ut", signedOut.Headers.Location!.AbsoluteUri);
        // The next authorization sends the person to the login page again.
        using var again = await browser.Http.GetAsync("/connect/verify");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri(IdentityHost.Issuer), again.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task Health_reports_the_database_and_alive_the_process()
    {
        using var http = Host.Browser();

        Assert.Equal("Healthy", await http.GetStringAsync("/health"));
        Assert.Equal("Healthy", await http.GetStringAsync("/alive"));
    }

    private async Task<JsonElement> DeviceAuthorizationAsync(string scope)
    {
        using var client = Host.Browser();
        using var answer = await client.PostAsync("/connect/device", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "hemit-cli", ["scope"] = scope,
        }));
        var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.True(answer.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("http://localhost/connect/verify", body.GetProperty("verification_uri").GetString());
        return body;
    }

    private async Task<JsonElement> DeviceTokenAsync(JsonElement device) => (await Host.TokenRequestAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
        ["device_code"] = device.GetProperty("device_code").GetString()!,
        ["client_id"] = "hemit-cli",
    })).Body;
}
