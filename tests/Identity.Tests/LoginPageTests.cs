using System.Net;
using Hemit.Identity.People;
using Hemit.Identity.Tests.Support;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hemit.Identity.Tests;

/// <summary>The login page: Norwegian, antiforgery-protected, a clear refusal, and a lockout after five wrong passwords.</summary>
public sealed class LoginPageTests(LoginPageTests.Fixture identity) : IClassFixture<LoginPageTests.Fixture>
{
    private IdentityHost Host => identity.Host;

    private FakeTimeProvider Clock => identity.Clock;

    /// <summary>One host for the class, on a clock the tests move; each test signs in as its own account, so lockouts never cross tests.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        public IdentityHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var people = Enumerable.Range(1, 4).Select(i => new PersonSettings
            {
                UserName = $"person{i}", Password = $"Riktig-passord-{i}", DisplayName = $"Ærlige Øyvind Ås {i}", Roles = ["board-member"],
            }).ToList();
            Host = new IdentityHost(
                await PlatformServers.Shared.CreateDatabaseAsync("identity_login"), new IdentityConfiguration([], people),
                services => services.AddSingleton<TimeProvider>(Clock));
            _ = Host.Server;
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task The_login_page_is_in_norwegian_and_carries_an_antiforgery_token()
    {
        using var browser = new PersonBrowser(Host);

        using var answer = await browser.Http.GetAsync("/account/login?ReturnUrl=%2Fconnect%2Fverify");
        var page = await answer.Content.ReadAsStringAsync();

        // Never inside another site's frame, never cached.
        Assert.Equal(("DENY", "no-store"), (answer.Headers.GetValues("X-Frame-Options").Single(), answer.Headers.CacheControl?.ToString()));

        Assert.Contains("<html lang=\"nb\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Logg inn</h1>", page, StringComparison.Ordinal);
        Assert.Contains(">Brukernavn</label>", page, StringComparison.Ordinal);
        Assert.Contains(">Passord</label>", page, StringComparison.Ordinal);
        Assert.NotEmpty(PersonBrowser.Field(page, "__RequestVerificationToken"));
        Assert.Equal("/connect/verify", PersonBrowser.Field(page, "returnUrl"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_message_and_the_right_one_signs_in()
    {
        using var browser = new PersonBrowser(Host);

        using var wrong = await browser.SignInAsync("/account/login", "person1", "Feil-passord");
        var refusal = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Feil brukernavn eller passord.", refusal, StringComparison.Ordinal);
        Assert.Equal("person1", PersonBrowser.Field(refusal, "username"));

        using var unknown = await browser.SignInAsync("/account/login", "finnes-ikke", "Riktig-passord-1");
        Assert.Contains("Feil brukernavn eller passord.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var right = await browser.SignInAsync("/account/login?ReturnUrl=%2Fconnect%2Fverify", "person1", "Riktig-passord-1");
        Assert.Equal((HttpStatusCode.Redirect, "/connect/verify"), (right.StatusCode, right.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_five_minutes()
    {
        using var browser = new PersonBrowser(Host);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await browser.SignInAsync("/account/login", "person2", $"Gjetting-{attempt}");
            Assert.Contains("Feil brukernavn eller passord.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await browser.SignInAsync("/account/login", "person2", "Gjetting-5");
        Assert.Contains("Kontoen er låst i 5 minutter", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var rightButLocked = await browser.SignInAsync("/account/login", "person2", "Riktig-passord-2");
        Assert.Equal(HttpStatusCode.Unauthorized, rightButLocked.StatusCode);
        Assert.Contains("Kontoen er låst i 5 minutter", await rightButLocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromMinutes(4));
        using var stillLocked = await browser.SignInAsync("/account/login", "person2", "Riktig-passord-2");
        Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);

        Clock.Advance(TimeSpan.FromMinutes(1));
        using var afterwards = await browser.SignInAsync("/account/login", "person2", "Riktig-passord-2");
        Assert.Contains("Du er logget inn som Ærlige Øyvind Ås 2.", await afterwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = new PersonBrowser(Host);

        using var answer = await browser.Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "person3", ["password"] = "Riktig-passord-3",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.DoesNotContain("Du er logget inn", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passwords_are_stored_hashed_never_as_given()
    {
        var stored = await Host.QueryAsync(db => db.Set<Person>().AsNoTracking().SingleAsync(p => p.NormalizedUserName == "PERSON4"));

        Assert.DoesNotContain("Riktig-passord-4", stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(
            Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success,
            new Microsoft.AspNetCore.Identity.PasswordHasher<Person>().VerifyHashedPassword(stored, stored.PasswordHash, "Riktig-passord-4"));
        Assert.NotEqual("person4", stored.Id.ToString());
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_never_followed()
    {
        using var browser = new PersonBrowser(Host);

        using var answer = await browser.SignInAsync("/account/login?ReturnUrl=%2F%2Fevil.example%2F", "person3", "Riktig-passord-3");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Du er logget inn som", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
