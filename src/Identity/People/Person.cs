namespace Hemit.Identity.People;

/// <summary>
/// A person who signs in. <see cref="Id"/> is the token's <c>sub</c>: a random id that says nothing about who it is and
/// stays the same for as long as the user name exists.
/// </summary>
public sealed class Person
{
    public Guid Id { get; set; }

    /// <summary>As configured; looked up by <see cref="NormalizedUserName"/>.</summary>
    public string UserName { get; set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>ASP.NET Core's PasswordHasher format (PBKDF2); never the password.</summary>
    public string PasswordHash { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>False once the account is no longer configured: it can neither sign in nor refresh a token.</summary>
    public bool Active { get; set; }

    /// <summary>Wrong passwords since the last successful sign-in or lockout.</summary>
    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
