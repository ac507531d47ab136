using System.CommandLine;
using System.Text.RegularExpressions;
using Hemit.Cli;
using Hemit.Cli.Connection;
using Hemit.Cli.Login;
using Hemit.Security;
using Hemit.TestSupport;
using Microsoft.Playwright;

namespace Hemit.Portal.Tests;

/// <summary>
/// <c>hemit login</c> in a terminal: it shows a page and a code, the person signs in at the identity service in a
/// browser and approves, and the CLI keeps a token with the scopes that person's role gives, readable by them only.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed partial class CliLoginTests(ReportStack stack)
{
    [Fact]
    public async Task Hemit_login_signs_the_secretary_in_through_the_browser_and_keeps_her_token_with_her_scopes_only()
    {
        var config = Directory.CreateTempSubdirectory("hemit-login-");
        var terminal = new StringWriter();
        var console = Console.Out;
        Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", config.FullName);
        Console.SetOut(TextWriter.Synchronized(terminal));
        try
        {
            var root = new RootCommand("hemit") { Options = { CommonOptions.Url } };
            foreach (var command in LoginCommands.Create())
            {
                root.Subcommands.Add(command);
            }

            var login = root.Parse(["login", "--url", stack.Identity.Issuer.ToString()])
                .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            var shown = await Eventually.ReachAsync(() => Task.FromResult(terminal.ToString()),
                text => DirectLink().IsMatch(text), "the CLI shows where to approve");

            await using var context = await stack.Browsers.AnonymousAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(DirectLink().Match(shown).Groups["url"].Value);
            await stack.Browsers.SignInAsync(page, PortalPerson.BoardSecretary);
            await page.GetByRole(AriaRole.Button, new() { Name = "Godkjenn" }).ClickAsync();
            await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("hemit-login-godkjent.png") });

            Assert.Equal(0, await login.WaitAsync(TimeSpan.FromMinutes(1)));
        }
        finally
        {
            Console.SetOut(console);
        }

        var saved = PersonLogin.Load();
        Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", null);
        Assert.NotNull(saved);
        var claims = TokenClaims.Read(saved.AccessToken);
        Assert.Equal("Styresekretær (test)", claims.Name);
        Assert.Equal([Scopes.GovernanceApprove, Scopes.GovernanceRead, Scopes.GovernanceWrite],
            claims.Scopes.Where(s => Scopes.All.Contains(s)).Order(StringComparer.Ordinal));
        Assert.NotNull(saved.RefreshToken);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(config.FullName, "hemit", "login.json")));
        }
        Assert.Contains("Signed in as Styresekretær (test)", terminal.ToString());
        config.Delete(recursive: true);
    }

    [GeneratedRegex(@"\(or open (?<url>\S+)\)")]
    private static partial Regex DirectLink();
}
