using Hemit.Identity.Access;
using Hemit.Security;

namespace Hemit.Identity.Tests.Support;

/// <summary>The development clients and accounts the tests sign in with (roles, not real people).</summary>
public static class TestAccounts
{
    public const string PortalRedirect = "http://localhost:5400/signin-oidc";
    public const string PortalSignedOut = "http://localhost:5400/signout-callback-oidc";

    public static readonly ClientSettings FinanceIntegration = new()
    {
        ClientId = "finance-integration", ClientSecret = "finans-hemmelighet-1", DisplayName = "Økonomisystemet (SAP)",
        Scopes = [Scopes.FinanceRead, Scopes.FinanceWrite], GrantTypes = ["client_credentials"],
    };

    public static readonly ClientSettings GovernanceService = new()
    {
        ClientId = "governance", ClientSecret = "styring-hemmelighet-1",
        Scopes = [Scopes.FinanceRead, Scopes.HrRead, Scopes.ServiceDeskRead, Scopes.ProjectsRead], GrantTypes = ["client_credentials"],
    };

    public static readonly ClientSettings OperationsTool = new()
    {
        ClientId = "ops-tool", ClientSecret = "drift-hemmelighet-1", Scopes = [Scopes.OpsRead], GrantTypes = ["client_credentials"],
    };

    public static readonly ClientSettings Portal = new()
    {
        ClientId = "portal", ClientSecret = "portal-hemmelighet-1", DisplayName = "Hemit-portalen",
        Scopes = [.. Scopes.All], GrantTypes = ["authorization_code", "refresh_token"],
        RedirectUris = [PortalRedirect], PostLogoutRedirectUris = [PortalSignedOut],
    };

    /// <summary>The CLI's <c>hemit login</c>: a public client (no secret) using the device flow.</summary>
    public static readonly ClientSettings Cli = new()
    {
        ClientId = "hemit-cli", DisplayName = "hemit (kommandolinjen)",
        Scopes = [.. Scopes.All], GrantTypes = ["device_code", "refresh_token"],
    };

    public static readonly PersonSettings BoardMember = new()
    {
        UserName = "styremedlem", Password = "Styre-passord-2026", DisplayName = "Åse Ødegård Bjørnå", Roles = [RoleScopes.BoardMember],
    };

    public static readonly PersonSettings BoardSecretary = new()
    {
        UserName = "styresekretaer", Password = "Sekretær-passord-2026", DisplayName = "Kjærsti Æbeltoft Øyen", Roles = [RoleScopes.BoardSecretary],
    };

    public static readonly PersonSettings Manager = new()
    {
        UserName = "leder", Password = "Leder-passord-2026", DisplayName = "Håkon Leder", Roles = [RoleScopes.Management],
    };

    public static readonly IdentityConfiguration Standard = new(
        [FinanceIntegration, GovernanceService, OperationsTool, Portal, Cli], [BoardMember, BoardSecretary, Manager]);
}
