using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Hemit.Identity;
using Hemit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Hemit.Portal.Tests;

/// <summary>
/// The real identity service (its own Program, its own PostgreSQL database) on a loopback port Chromium can open,
/// configured as the AppHost configures it: the portal's client, a CLI client, and the board's development accounts.
/// It listens on <c>localhost</c> and the portal on <c>127.0.0.1</c>, so each keeps its own cookies, as two sites do.
/// </summary>
public sealed class IdentityServer : WebApplicationFactory<IdentitySettings>
{
    public const string PortalSecret = "portal-hemmelighet-test";
    public const string CliClientId = "hemit-cli";
    public const string CliSecret = "cli-hemmelighet-test";

    private readonly string _database;
    private readonly Uri _portal;

    public IdentityServer(string database, Uri portal)
    {
        _database = database;
        _portal = portal;
        Issuer = new Uri($"http://localhost:{FreePort()}/");
        UseKestrel();
    }

    /// <summary>The issuer every token names, and where the login page is.</summary>
    public Uri Issuer { get; }

    /// <summary>A loopback port free at the time of asking.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Kestrel:Endpoints:http:Url", Issuer.GetLeftPart(UriPartial.Authority));
        builder.UseSetting("ConnectionStrings:identitydb", _database);
        builder.UseSetting("Identity:Issuer", Issuer.ToString());
        var clients = new[]
        {
            ("portal", PortalSecret, new[] { Scopes.GovernanceRead, Scopes.GovernanceWrite, Scopes.GovernanceApprove, Scopes.OpsRead, Scopes.OpsWrite }, new[] { "authorization_code", "refresh_token" }),
            (CliClientId, CliSecret, new[] { Scopes.GovernanceRead }, new[] { "client_credentials" }),
        };
        for (var i = 0; i < clients.Length; i++)
        {
            var (id, secret, scopes, grants) = clients[i];
            builder.UseSetting($"Identity:Clients:{i}:ClientId", id);
            builder.UseSetting($"Identity:Clients:{i}:ClientSecret", secret);
            Array(builder, $"Identity:Clients:{i}:Scopes", scopes);
            Array(builder, $"Identity:Clients:{i}:GrantTypes", grants);
        }

        // `hemit login`: a public client (no secret) for the device flow, as the AppHost registers it.
        builder.UseSetting($"Identity:Clients:{clients.Length}:ClientId", Hemit.Cli.Login.LoginCommands.ClientId);
        Array(builder, $"Identity:Clients:{clients.Length}:Scopes", [.. Scopes.All]);
        Array(builder, $"Identity:Clients:{clients.Length}:GrantTypes", ["device_code", "refresh_token"]);

        builder.UseSetting("Identity:Clients:0:RedirectUris:0", new Uri(_portal, "signin-oidc").ToString());
        builder.UseSetting("Identity:Clients:0:PostLogoutRedirectUris:0", new Uri(_portal, "signout-callback-oidc").ToString());
        for (var i = 0; i < PortalPerson.All.Count; i++)
        {
            var person = PortalPerson.All[i];
            builder.UseSetting($"Identity:Users:{i}:UserName", person.UserName);
            builder.UseSetting($"Identity:Users:{i}:Password", person.Password);
            builder.UseSetting($"Identity:Users:{i}:DisplayName", person.DisplayName);
            builder.UseSetting($"Identity:Users:{i}:Roles:0", person.Role);
        }
    }

    private static void Array(IWebHostBuilder builder, string key, string[] values)
    {
        for (var j = 0; j < values.Length; j++)
        {
            builder.UseSetting($"{key}:{j}", values[j]);
        }
    }

    /// <summary>Starts the service and reads its signing keys from its discovery document, as a service trusting it does.</summary>
    public async Task<IList<SecurityKey>> SigningKeysAsync()
    {
        StartServer();
        using var http = new HttpClient();
        var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri(Issuer, ".well-known/openid-configuration")));
        var jwks = await http.GetStringAsync(discovery.RootElement.GetProperty("jwks_uri").GetString());
        return new JsonWebKeySet(jwks).GetSigningKeys();
    }

    /// <summary>A client credentials token of the CLI's client (governance.read), as <c>HEMIT_TOKEN</c> would give it.</summary>
    public async Task<string> CliTokenAsync()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Issuer, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = CliClientId, ["client_secret"] = CliSecret,
        }));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {response.StatusCode} {body}");
        return body.GetProperty("access_token").GetString()!;
    }
}

/// <summary>The development accounts the portal tests sign in as (roles, not people).</summary>
public sealed record PortalPerson(string UserName, string Password, string DisplayName, string Role)
{
    public static readonly PortalPerson BoardMember = new("styremedlem", "Styre-passord-test-1", "Styremedlem (test)", "board-member");
    public static readonly PortalPerson Management = new("ledelse", "Ledelse-passord-test-1", "Ledergruppen (test)", "management");
    public static readonly PortalPerson BoardSecretary = new("styresekretær", "Sekretær-passord-test-1", "Styresekretær (test)", "board-secretary");
    /// <summary>The on-call engineer: ops.read and ops.write, but no governance scope.</summary>
    public static readonly PortalPerson Operations = new("drift", "Drift-passord-test-1", "Driftsvakt (test)", "operations");

    public static readonly IReadOnlyList<PortalPerson> All = [BoardMember, Management, BoardSecretary, Operations];
}
