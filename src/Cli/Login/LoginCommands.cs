using System.CommandLine;
using System.Text;
using System.Text.Json;
using Duende.IdentityModel.Client;
using Hemit.Cli.Connection;
using Hemit.Security;

namespace Hemit.Cli.Login;

/// <summary>
/// <c>hemit login</c> signs a person in with the device flow (open a page, type the code shown, approve), so the CLI
/// calls as that person, with the scopes their roles give; <c>hemit logout</c> forgets it; <c>hemit whoami</c> shows
/// who the CLI calls as.
/// </summary>
public static class LoginCommands
{
    /// <summary>The identity service's public client for people at a terminal (device flow, refresh tokens).</summary>
    public const string ClientId = "hemit-cli-login";

    public static IEnumerable<Command> Create() => [CreateLogin(), CreateLogout(), CreateWhoAmI()];

    private static Command CreateLogin()
    {
        var command = new Command("login", "Sign in as yourself (device flow): open the page shown, enter the code, approve");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var authority = ServiceAddresses.Resolve("identity", parseResult.GetValue(CommonOptions.Url), "http").ToString();
            using var http = new HttpClient();
            var discovery = await http.GetDiscoveryDocumentAsync(authority, cancellationToken);
            if (discovery.IsError)
            {
                throw new CliException($"The identity service at {authority} did not answer: {discovery.Error}");
            }

            var device = await http.RequestDeviceAuthorizationAsync(new DeviceAuthorizationRequest
            {
                Address = discovery.DeviceAuthorizationEndpoint,
                ClientId = ClientId,
                Scope = "openid offline_access " + string.Join(' ', Scopes.All),
            }, cancellationToken);
            if (device.IsError)
            {
                throw new CliException($"The identity service refused to start a sign-in: {device.Error} {device.ErrorDescription}");
            }

            Console.WriteLine($"Open {device.VerificationUri} and enter the code {device.UserCode}");
            if (device.VerificationUriComplete is { } direct)
            {
                Console.WriteLine($"(or open {direct})");
            }

            var interval = TimeSpan.FromSeconds(Math.Max(device.Interval, 1));
            var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(device.ExpiresIn ?? 300);
            while (DateTimeOffset.UtcNow < giveUpAt)
            {
                await Task.Delay(interval, cancellationToken);
                var token = await http.RequestDeviceTokenAsync(new DeviceTokenRequest
                {
                    Address = discovery.TokenEndpoint,
                    ClientId = ClientId,
                    DeviceCode = device.DeviceCode!,
                }, cancellationToken);
                switch (token.Error)
                {
                    case null:
                        var login = new PersonLogin
                        {
                            Authority = authority,
                            ClientId = ClientId,
                            AccessToken = token.AccessToken!,
                            RefreshToken = token.RefreshToken,
                            ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(token.ExpiresIn),
                        };
                        login.Save();
                        var claims = TokenClaims.Read(login.AccessToken);
                        Console.WriteLine($"Signed in as {claims.Name ?? claims.Subject}; scopes: {string.Join(' ', claims.Scopes)}");
                        return 0;
                    case "authorization_pending":
                        continue;
                    case "slow_down":
                        interval += TimeSpan.FromSeconds(5);
                        continue;
                    default:
                        throw new CliException($"The sign-in was not completed: {token.Error} {token.ErrorDescription}");
                }
            }

            throw new CliException("The code expired before it was approved: run `hemit login` again.");
        });
        return command;
    }

    private static Command CreateLogout()
    {
        var command = new Command("logout", "Forget your sign-in on this machine");
        command.SetAction(_ =>
        {
            Console.WriteLine(PersonLogin.Forget() ? "Signed out." : "You were not signed in.");
            return 0;
        });
        return command;
    }

    private static Command CreateWhoAmI()
    {
        var command = new Command("whoami", "Who the CLI calls as, and with which scopes");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (CallerCredentials.Source is not { } source)
            {
                throw new CliException("The CLI has no credentials: run `hemit login`, set HEMIT_TOKEN, or start the local stack.");
            }

            var claims = TokenClaims.Read(await source.GetAccessTokenAsync(cancellationToken));
            Console.WriteLine($"{claims.Name ?? claims.Subject} (client {claims.ClientId}); scopes: {string.Join(' ', claims.Scopes)}; " +
                              $"valid until {claims.ExpiresAt.ToLocalTime():dd.MM.yyyy HH:mm}");
            return 0;
        });
        return command;
    }
}

/// <summary>What a JWT access token says about its holder, read without checking it (the services check it).</summary>
public sealed record TokenClaims(string? Subject, string? Name, string? ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt)
{
    public static TokenClaims Read(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length < 2)
        {
            throw new CliException("The access token is not a JWT.");
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        var root = json.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var scopes = root.TryGetProperty("scope", out var scope)
            ? scope.ValueKind == JsonValueKind.Array
                ? scope.EnumerateArray().Select(s => s.GetString()!).ToList()
                : (scope.GetString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()
            : [];
        var expires = root.TryGetProperty("exp", out var exp) ? DateTimeOffset.FromUnixTimeSeconds(exp.GetInt64()) : DateTimeOffset.MinValue;
        return new TokenClaims(Text("sub"), Text("name"), Text("client_id") ?? Text("azp"), scopes, expires);
    }
}
