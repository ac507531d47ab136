namespace Hemit.Security;

/// <summary>
/// The OAuth scopes of the platform: a read and a write scope per service, approval of the board's report, operations
/// and the audit trail. A token carries them in its <c>scope</c> claim (space-separated, as OpenIddict and RFC 9068
/// write it) or <c>scp</c> (as Entra ID writes it). Every gRPC method names the one it needs with
/// <see cref="RequiresScopeAttribute"/>.
/// </summary>
public static class Scopes
{
    public const string FinanceRead = "finance.read";
    public const string FinanceWrite = "finance.write";
    public const string HrRead = "hr.read";
    public const string HrWrite = "hr.write";
    public const string ServiceDeskRead = "servicedesk.read";
    public const string ServiceDeskWrite = "servicedesk.write";
    public const string ProjectsRead = "projects.read";
    public const string ProjectsWrite = "projects.write";
    public const string GovernanceRead = "governance.read";
    public const string GovernanceWrite = "governance.write";

    /// <summary>Approving the board's status report and issuing a meeting's notice: the board secretary's alone.</summary>
    public const string GovernanceApprove = "governance.approve";

    /// <summary>Outbox backlog and error queues, read by operations.</summary>
    public const string OpsRead = "ops.read";

    /// <summary>Sending failed messages back for another try.</summary>
    public const string OpsWrite = "ops.write";

    /// <summary>Reading a service's audit trail (the security officer).</summary>
    public const string AuditRead = "audit.read";

    public static readonly IReadOnlyList<string> All =
    [
        FinanceRead, FinanceWrite, HrRead, HrWrite, ServiceDeskRead, ServiceDeskWrite, ProjectsRead, ProjectsWrite,
        GovernanceRead, GovernanceWrite, GovernanceApprove, OpsRead, OpsWrite, AuditRead,
    ];
}
