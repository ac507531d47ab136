namespace Hemit.Security;

/// <summary>
/// How a service checks the tokens it is given and gets its own (<c>Auth</c> configuration section). The AppHost sets
/// these for the local identity service; in production they name any OpenID Connect issuer (Entra ID in the trusts).
/// </summary>
public sealed class ServiceAuthOptions
{
    public const string Section = "Auth";

    /// <summary>The issuer whose tokens are accepted; its discovery document gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>This service's name in a token's <c>aud</c> claim (finance, hrmetrics, …). Unset, every token is refused.</summary>
    public string? Audience { get; set; }

    /// <summary>Accept an issuer on plain http: the development stack only (unset: only in Development).</summary>
    public bool? AllowHttpAuthority { get; set; }

    /// <summary>This service's own client identity, for the calls it makes to other services.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The scopes it asks for; none asks for all its client may have.</summary>
    public string[] Scopes { get; set; } = [];
}
