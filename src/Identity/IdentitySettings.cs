namespace Hemit.Identity;

/// <summary>The identity service's configuration, section <c>Identity</c>; the AppHost sets it through environment variables.</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>The issuer (absolute URL) every token names and every service trusts, e.g. http://localhost:5300/.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>Serve without TLS outside Development (behind a TLS-terminating proxy, or loopback only).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>The applications that may ask for tokens; the database is made to match at every start.</summary>
    public List<ClientSettings> Clients { get; set; } = [];

    /// <summary>The people who may sign in (development accounts); the database is made to match at every start.</summary>
    public List<PersonSettings> Users { get; set; } = [];
}

/// <summary>One application: <c>Identity:Clients:&lt;i&gt;:…</c>.</summary>
public sealed class ClientSettings
{
    public string ClientId { get; set; } = "";

    /// <summary>Present: a confidential client that authenticates with it. Absent: a public client (the CLI's device flow).</summary>
    public string? ClientSecret { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>The platform scopes it may ever get (Hemit.Security.Scopes).</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>client_credentials, authorization_code, refresh_token, device_code.</summary>
    public List<string> GrantTypes { get; set; } = [];

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}

/// <summary>One person's account: <c>Identity:Users:&lt;i&gt;:…</c>.</summary>
public sealed class PersonSettings
{
    public string UserName { get; set; } = "";

    /// <summary>Only ever stored hashed.</summary>
    public string Password { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Roles from <see cref="Access.RoleScopes"/>.</summary>
    public List<string> Roles { get; set; } = [];
}
