using Microsoft.Playwright;

namespace Hemit.Portal.Tests;

/// <summary>
/// The portal's pages are MudBlazor components rendered on the server, styled by MudBlazor's stylesheet and no script:
/// the stylesheet is served (to anyone, signed in or not), and the shell is laid out by it.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed class ComponentLibraryTests(ReportStack stack)
{
    private const string Stylesheet = "_content/MudBlazor/MudBlazor.min.css";

    [Fact]
    public async Task A_page_has_no_script_and_its_app_bar_and_drawer_are_laid_out_by_MudBlazors_stylesheet()
    {
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember, 1280, 800);
        var stylesheets = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/_content/MudBlazor/", StringComparison.Ordinal))
            {
                stylesheets.Add(response);
            }
        };
        await page.GotoAsync(new Uri(stack.Portal.Address, "styremoter").ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("styremoter.png"), FullPage = true });

        Assert.Equal(0, await page.Locator("script").CountAsync());
        var stylesheet = Assert.Single(stylesheets);
        Assert.Equal(200, stylesheet.Status);
        // Fingerprinted by MapStaticAssets (MudBlazor.min.{hash}.css), so a new MudBlazor is never read from a stale cache.
        Assert.Matches(@"^/_content/MudBlazor/MudBlazor\.min(\.\w+)?\.css$", new Uri(stylesheet.Url).AbsolutePath);
        Assert.StartsWith("text/css", stylesheet.Headers["content-type"]);

        // MudBlazor's .mud-appbar rule: fixed at the top, in the theme's brand colour (its --mud-palette-appbar-background).
        var appBar = page.Locator("header.mud-appbar");
        Assert.Equal(["fixed", "rgb(31, 78, 121)", "rgb(255, 255, 255)"],
            await appBar.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.position, s.backgroundColor, s.color]; }"));
        // Its persistent drawer, open beside the content: the content starts where the drawer ends.
        var drawer = await page.Locator("nav[aria-label='Hovedmeny']").BoundingBoxAsync();
        var content = await page.Locator("main#innhold").BoundingBoxAsync();
        Assert.True(drawer!.Width > 150 && content!.X >= drawer.X + drawer.Width, $"drawer {drawer.X}+{drawer.Width}, content at {content!.X}");
        // The sign-out button is MudBlazor's outlined button (a browser's own button is square and grey).
        Assert.Equal(["4px", "rgba(0, 0, 0, 0)"], await page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" })
            .EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.borderTopLeftRadius, s.backgroundColor]; }"));
        // The front page's two forms, for a person to look at: MudBlazor's outlined fields in its papers.
        await page.GotoAsync(stack.Portal.Address.ToString());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("forside.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("forside-smal.png"), FullPage = true });
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_stylesheet_is_served_to_someone_not_signed_in_so_the_no_access_page_is_styled_too()
    {
        await AssertServesStylesheetAsync(stack.Portal.Address);
    }

    /// <summary>From the build output, not published: in Development static web assets are served by default, in Production only when asked for.</summary>
    [Fact]
    public async Task A_portal_run_in_Production_from_its_build_output_serves_the_stylesheet_too()
    {
        await using var production = stack.AnotherPortal(new Uri($"http://127.0.0.1:{IdentityServer.FreePort()}/"), stack.PortalDatabase, "Production");
        await AssertServesStylesheetAsync(production.Address);
    }

    private async Task AssertServesStylesheetAsync(Uri portal)
    {
        var context = await stack.Browsers.AnonymousAsync();
        try
        {
            var response = await context.APIRequest.GetAsync(new Uri(portal, Stylesheet).ToString());
            Assert.Equal(200, response.Status);
            Assert.StartsWith("text/css", response.Headers["content-type"]);
            Assert.Contains(".mud-appbar{", await response.TextAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
