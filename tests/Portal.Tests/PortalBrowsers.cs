using Hemit.TestSupport.Browser;
using Microsoft.Playwright;

namespace Hemit.Portal.Tests;

/// <summary>
/// One headless Chromium for the stack, and one browser context per person, signed in once at the identity service's
/// login page and kept (its cookies are the person's session), so the tests do not sign in per test.
/// </summary>
public sealed class PortalBrowsers(Func<Uri> portal, Uri identity) : IAsyncDisposable
{
    /// <summary>
    /// Three times Playwright's 30 s: CI runs the other test projects beside these on two cores, where the tertial page
    /// (governance compiling a month's report from four in-process services, in Debug) once took over 30 s to load.
    /// </summary>
    private const float PageTimeoutMs = 90_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<PortalPerson, IBrowserContext> _signedIn = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A fresh context with no session: an anonymous visitor.</summary>
    public async Task<IBrowserContext> AnonymousAsync() => Patient(await (await BrowserAsync()).NewContextAsync());

    /// <summary>A new page in <paramref name="person"/>'s signed-in context; the caller closes it.</summary>
    public async Task<IPage> PageAsAsync(PortalPerson person, int width = 1200, int height = 900)
    {
        var page = await (await SignedInAsync(person)).NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        return page;
    }

    /// <summary><paramref name="person"/>'s context, signed in on first use: the portal sends them to the login page and back.</summary>
    public async Task<IBrowserContext> SignedInAsync(PortalPerson person)
    {
        await _gate.WaitAsync();
        try
        {
            if (_signedIn.TryGetValue(person, out var context))
            {
                return context;
            }

            context = Patient(await (await BrowserUnlockedAsync()).NewContextAsync());
            var page = await context.NewPageAsync();
            await page.GotoAsync(portal().ToString());
            await SignInAsync(page, person);
            await page.WaitForURLAsync(portal() + "**");
            await page.CloseAsync();
            _signedIn[person] = context;
            return context;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Fills in the identity service's login page the browser is on.</summary>
    public async Task SignInAsync(IPage page, PortalPerson person)
    {
        await page.WaitForURLAsync(new Uri(identity, "account/login") + "**");
        await page.Locator("#username").FillAsync(person.UserName);
        await page.Locator("#password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
    }

    private static IBrowserContext Patient(IBrowserContext context)
    {
        context.SetDefaultTimeout(PageTimeoutMs);
        return context;
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return await BrowserUnlockedAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IBrowser> BrowserUnlockedAsync()
    {
        _playwright ??= await Playwright.CreateAsync();
        return _browser ??= await BrowserSession.LaunchAsync(_playwright);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }
}
