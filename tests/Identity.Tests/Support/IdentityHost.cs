using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hemit.Identity.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Identity.Tests.Support;

/// <summary>
/// The real identity service in-process (its own Program) on a real PostgreSQL database, configured through the same
/// keys the AppHost sets (<c>ConnectionStrings:identitydb</c>, <c>Identity:…</c>). Two hosts on one database are two
/// replicas, or one service before and after a restart.
/// </summary>
/// <param name="environment">The ASP.NET Core environment; outside Development plain HTTP needs <c>Identity:AllowHttp</c>.</param>
public sealed class IdentityHost(
    string database, IdentityConfiguration configuration, Action<IServiceCollection>? testServices = null,
    string environment = "Development", bool allowHttp = false)
    : WebApplicationFactory<Program>
{
    public const string Issuer = "http://localhost/";

    public string Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:identitydb", database);
        if (allowHttp)
        {
            builder.UseSetting("Identity:AllowHttp", "true");
        }

        builder.UseSetting("Identity:Issuer", Issuer);
        foreach (var (key, value) in configuration.Settings())
        {
            builder.UseSetting(key, value);
        }

        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <summary>A browser: keeps its own cookies, never follows a redirect by itself (tests look at each one).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(Issuer),
    });

    /// <summary>POSTs a token request; the JSON answer and its status.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> TokenRequestAsync(IDictionary<string, string> form)
    {
        using var client = Browser();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>A client credentials token's answer, with <paramref name="scope"/> when given.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> ClientCredentialsAsync(string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return TokenRequestAsync(form);
    }

    /// <summary>The access token of a client credentials request that must succeed.</summary>
    public async Task<string> AccessTokenAsync(string clientId, string secret, string? scope = null)
    {
        var (status, body) = await ClientCredentialsAsync(clientId, secret, scope);
        Assert.True(status == HttpStatusCode.OK, $"token request failed: {status} {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    public async Task<TResult> QueryAsync<TResult>(Func<IdentityDbContext, Task<TResult>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }
}
