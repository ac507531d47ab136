namespace Hemit.BuildingBlocks.Auditing;

/// <summary>
/// One line of a service's audit trail (revisjonsspor): who called which method on which records, when, and how it
/// ended. Never the payload. Rows are only ever added: no API changes or removes one, and the table refuses UPDATE
/// and DELETE itself (<see cref="AuditModel.AppendOnlySql"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The token's subject: a person's pseudonymous id, or a client's id.</summary>
    public string Caller { get; set; } = "";

    /// <summary>The client the token was issued to (the portal, the CLI, an integration system).</summary>
    public string Client { get; set; } = "";

    /// <summary>The gRPC method, e.g. hemit.finance.v1.FinanceService/ImportLedgerLines.</summary>
    public string Method { get; set; } = "";

    /// <summary>The request's key fields (period, ids, codes), e.g. <c>period=2021-10 section=1</c>; records pushed, for a push.</summary>
    public string Keys { get; set; } = "";

    /// <summary>OK, or the gRPC status the call ended with (INVALID_ARGUMENT, PERMISSION_DENIED, …).</summary>
    public string Outcome { get; set; } = "";
}
