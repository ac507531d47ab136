using System.Collections.Frozen;
using Hemit.Security;

namespace Hemit.Identity.Access;

/// <summary>
/// The platform scopes a person may get, by role: a person's token carries what the client asked for, limited to what
/// the person's roles allow. The README's "Identitet og tilgang" shows the same table.
/// </summary>
public static class RoleScopes
{
    public const string BoardMember = "board-member";
    public const string Management = "management";
    public const string BoardSecretary = "board-secretary";
    public const string Operations = "operations";
    public const string SecurityOfficer = "security-officer";

    public static readonly FrozenDictionary<string, IReadOnlyList<string>> Allowed = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [BoardMember] = [Scopes.GovernanceRead],
        [Management] = [Scopes.GovernanceRead, Scopes.GovernanceWrite, Scopes.FinanceRead, Scopes.HrRead, Scopes.ServiceDeskRead, Scopes.ProjectsRead],
        [BoardSecretary] = [Scopes.GovernanceRead, Scopes.GovernanceWrite, Scopes.GovernanceApprove],
        [Operations] = [Scopes.OpsRead, Scopes.OpsWrite],
        [SecurityOfficer] = [Scopes.AuditRead],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// What a person with <paramref name="roles"/> gets of <paramref name="requested"/>: every platform scope asked for
    /// that one of the roles allows; OpenID scopes (openid, profile, roles, offline_access) pass unchanged.
    /// </summary>
    public static IReadOnlyList<string> Grant(IEnumerable<string> requested, IEnumerable<string> roles)
    {
        var allowed = roles.Where(Allowed.ContainsKey).SelectMany(role => Allowed[role]).ToHashSet(StringComparer.Ordinal);
        return requested.Distinct(StringComparer.Ordinal)
            .Where(scope => !Scopes.All.Contains(scope) || allowed.Contains(scope))
            .ToList();
    }
}
