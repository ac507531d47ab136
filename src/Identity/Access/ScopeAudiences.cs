using Hemit.Security;

namespace Hemit.Identity.Access;

/// <summary>
/// Which services (the <c>aud</c> of an access token) each scope is meant for: a service accepts a token only when its
/// own name is among the audiences. Operations and the audit trail concern every service.
/// </summary>
public static class ScopeAudiences
{
    public const string Finance = "finance";
    public const string HrMetrics = "hrmetrics";
    public const string ServiceDesk = "servicedesk";
    public const string Projects = "projects";
    public const string Governance = "governance";

    public static readonly IReadOnlyList<string> AllServices = [Finance, HrMetrics, ServiceDesk, Projects, Governance];

    private static readonly Dictionary<string, IReadOnlyList<string>> ByScope = new(StringComparer.Ordinal)
    {
        [Scopes.FinanceRead] = [Finance],
        [Scopes.FinanceWrite] = [Finance],
        [Scopes.HrRead] = [HrMetrics],
        [Scopes.HrWrite] = [HrMetrics],
        [Scopes.ServiceDeskRead] = [ServiceDesk],
        [Scopes.ServiceDeskWrite] = [ServiceDesk],
        [Scopes.ProjectsRead] = [Projects],
        [Scopes.ProjectsWrite] = [Projects],
        [Scopes.GovernanceRead] = [Governance],
        [Scopes.GovernanceWrite] = [Governance],
        [Scopes.GovernanceApprove] = [Governance],
        [Scopes.OpsRead] = AllServices,
        [Scopes.OpsWrite] = AllServices,
        [Scopes.AuditRead] = AllServices,
    };

    /// <summary>The services one platform scope is for; every scope in <see cref="Scopes.All"/> has an entry.</summary>
    public static IReadOnlyList<string> Of(string scope) =>
        ByScope.TryGetValue(scope, out var audiences)
            ? audiences
            : throw new ArgumentException($"'{scope}' is not a platform scope (Hemit.Security.Scopes.All).", nameof(scope));

    /// <summary>The audiences of a set of granted scopes; OpenID scopes (openid, profile …) add none.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> scopes) =>
        scopes.Where(ByScope.ContainsKey).SelectMany(Of).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
