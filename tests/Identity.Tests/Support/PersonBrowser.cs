using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Hemit.Identity.Tests.Support;

/// <summary>
/// A person at a browser, going through the identity service's pages with plain HTTP: the login form (with its
/// antiforgery token), the redirects, the device verification page. Each instance has its own cookies.
/// </summary>
public sealed partial class PersonBrowser(IdentityHost host) : IDisposable
{
    private readonly HttpClient _http = host.Browser();

    public HttpClient Http => _http;

    /// <summary>Opens <paramref name="path"/> and, when sent to the login page, signs in there; returns the answer after the sign-in.</summary>
    public async Task<HttpResponseMessage> OpenSignedInAsync(string path, PersonSettings person)
    {
        var first = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var login = first.Headers.Location!;
        Assert.Equal("/account/login", new Uri(new Uri(IdentityHost.Issuer), login).AbsolutePath);
        var signedIn = await SignInAsync(login.OriginalString, person.UserName, person.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return await _http.GetAsync(signedIn.Headers.Location);
    }

    /// <summary>Fills in and posts the login form found at <paramref name="loginUrl"/>.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string loginUrl, string userName, string password)
    {
        var page = await _http.GetStringAsync(loginUrl);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field(page, "__RequestVerificationToken"),
            ["returnUrl"] = WebUtility.HtmlDecode(Field(page, "returnUrl")),
            ["username"] = userName,
            ["password"] = password,
        };
        return await _http.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// Authorization code with PKCE as the portal does it: authorize, sign in, the code at the redirect URI, the code
    /// exchanged for tokens. Returns the token response.
    /// </summary>
    public async Task<JsonElement> AuthorizationCodeAsync(ClientSettings client, PersonSettings person, string scope)
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var state = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        var redirectUri = client.RedirectUris[0];
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = client.ClientId, ["redirect_uri"] = redirectUri, ["scope"] = scope,
            ["state"] = state, ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });

        using var answer = await OpenSignedInAsync(authorize, person);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var callback = answer.Headers.Location!;
        Assert.StartsWith(redirectUri + "?", callback.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(state, query["state"].ToString());

        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = query["code"].ToString(), ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier, ["client_id"] = client.ClientId,
        };
        if (client.ClientSecret is not null)
        {
            form["client_secret"] = client.ClientSecret;
        }

        var (status, body) = await host.TokenRequestAsync(form);
        Assert.True(status == HttpStatusCode.OK, $"code exchange failed: {status} {body}");
        return body;
    }

    /// <summary>The device verification page for <paramref name="userCode"/>, signed in as <paramref name="person"/>, approved with "Godkjenn".</summary>
    public async Task<string> ApproveDeviceAsync(string verificationUri, string userCode, PersonSettings person)
    {
        var path = new Uri(verificationUri).PathAndQuery;
        using var page = await OpenSignedInAsync(QueryHelpers.AddQueryString(path, "user_code", userCode), person);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Godkjenn", html, StringComparison.Ordinal);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field(html, "__RequestVerificationToken"),
            ["user_code"] = WebUtility.HtmlDecode(Field(html, "user_code")),
            ["decision"] = "approve",
        };
        using var approved = await _http.PostAsync("/connect/verify", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return await _http.GetStringAsync(approved.Headers.Location);
    }

    /// <summary>The value of the form field named <paramref name="name"/> on <paramref name="html"/> (HTML-encoded as served).</summary>
    public static string Field(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*?value=\"([^\"]*)\"");
        Assert.True(match.Success, $"no field {name} on the page:\n{html}");
        return match.Groups[1].Value;
    }

    public void Dispose() => _http.Dispose();
}
