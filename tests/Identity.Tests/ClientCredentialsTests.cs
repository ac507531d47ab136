using System.Net;
using System.Text.Json;
using Hemit.Identity.Keys;
using Hemit.Identity.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hemit.Identity.Tests;

/// <summary>Integration systems and services calling services: client credentials, as a service validating the token sees it.</summary>
public sealed class ClientCredentialsTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private IdentityHost Host => identity.Host;

    [Fact]
    public async Task An_integration_system_without_a_scope_parameter_gets_a_one_hour_jwt_with_every_scope_it_is_permitted()
    {
        var (status, body) = await Host.ClientCredentialsAsync("finance-integration", "finans-hemmelighet-1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        // Seconds left when the answer was written: the hour, less the moment it took.
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 3590, 3600);
        var token = Jwt.Read(body.GetProperty("access_token").GetString()!);
        Assert.Equal(("RS256", "at+jwt"), (token.Header.GetProperty("alg").GetString(), token.Header.GetProperty("typ").GetString()));
        Assert.Equal(IdentityHost.Issuer, token.Claim("iss"));
        Assert.Equal(("finance-integration", "finance-integration"), (token.Claim("sub"), token.Claim("client_id")));
        Assert.Equal(["finance.read", "finance.write"], token.Scopes.Order());
        Assert.Equal(["finance"], token.Claims("aud"));
        Assert.Equal(3600, token.Payload.GetProperty("exp").GetInt64() - token.Payload.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task Governance_asking_for_two_of_its_read_scopes_gets_those_two_and_their_services_as_audiences()
    {
        var token = Jwt.Read(await Host.AccessTokenAsync("governance", "styring-hemmelighet-1", "finance.read hr.read"));

        Assert.Equal(["finance.read", "hr.read"], token.Scopes.Order());
        Assert.Equal(["finance", "hrmetrics"], token.Claims("aud").Order());
    }

    [Fact]
    public async Task The_operations_scope_is_for_all_five_services()
    {
        var token = Jwt.Read(await Host.AccessTokenAsync("ops-tool", "drift-hemmelighet-1"));

        Assert.Equal(["ops.read"], token.Scopes);
        Assert.Equal(["finance", "governance", "hrmetrics", "projects", "servicedesk"], token.Claims("aud").Order());
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_as_invalid_client()
    {
        var (status, body) = await Host.ClientCredentialsAsync("finance-integration", "gjettet-hemmelighet");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Theory]
    [InlineData("governance.approve")]
    [InlineData("finance.read governance.read")]
    [InlineData("no.such.scope")]
    public async Task A_scope_the_client_is_not_permitted_is_refused_as_invalid_scope(string scope)
    {
        var (status, body) = await Host.ClientCredentialsAsync("finance-integration", "finans-hemmelighet-1", scope);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_scope", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Discovery_names_the_issuer_and_the_endpoints_the_services_and_the_cli_use()
    {
        using var http = Host.Browser();
        var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(IdentityHost.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(
            ["http://localhost/connect/token", "http://localhost/connect/authorize", "http://localhost/connect/device",
             "http://localhost/connect/userinfo", "http://localhost/connect/endsession"],
            new[] { "token_endpoint", "authorization_endpoint", "device_authorization_endpoint", "userinfo_endpoint", "end_session_endpoint" }
                .Select(name => discovery.GetProperty(name).GetString()));
        var scopes = discovery.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.All(Hemit.Security.Scopes.All, scope => Assert.Contains(scope, scopes));
    }

    [Fact]
    public async Task A_token_validates_against_the_jwks_of_a_second_replica_on_the_same_database()
    {
        var token = await Host.AccessTokenAsync("finance-integration", "finans-hemmelighet-1");

        await using var replica = new IdentityHost(Host.Database, TestAccounts.Standard);
        using var http = replica.Browser();
        var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var jwks = new JsonWebKeySet(await http.GetStringAsync(discovery.GetProperty("jwks_uri").GetString()));
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "finance",
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });

        Assert.True(validation.IsValid, validation.Exception?.Message);
        // The replica signs with the same key, and no second key was made.
        var replicaToken = Jwt.Read(await replica.AccessTokenAsync("finance-integration", "finans-hemmelighet-1"));
        Assert.Equal(Jwt.Read(token).Header.GetProperty("kid").GetString(), replicaToken.Header.GetProperty("kid").GetString());
        Assert.Equal(2, await replica.QueryAsync(db => db.Set<ServerKey>().CountAsync()));
    }
}
