namespace Hemit.ServiceDesk.Tickets;

/// <summary>What happened to a ticket; stored as its code (created, pending, …), the word the ITSM export uses.</summary>
public enum TicketEventKind
{
    Created,
    Pending,
    Resumed,
    Resolved,
    Reopened,
    PriorityChanged,
}

/// <summary>Henvendelsestype: feil, støttesak or bestilling; stored as its code.</summary>
public enum TicketType
{
    Incident,
    Support,
    Order,
}

/// <summary>The codes of the ticket enums, as the database stores them and csv/json show them.</summary>
public static class TicketCodes
{
    public static string ToCode(this TicketEventKind kind) => kind switch
    {
        TicketEventKind.Created => "created",
        TicketEventKind.Pending => "pending",
        TicketEventKind.Resumed => "resumed",
        TicketEventKind.Resolved => "resolved",
        TicketEventKind.Reopened => "reopened",
        TicketEventKind.PriorityChanged => "priority_changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // A switch, not a search over the enum's values: the month report reads tens of thousands of rows through it.
    public static TicketEventKind ParseEventKind(string code) => code switch
    {
        "created" => TicketEventKind.Created,
        "pending" => TicketEventKind.Pending,
        "resumed" => TicketEventKind.Resumed,
        "resolved" => TicketEventKind.Resolved,
        "reopened" => TicketEventKind.Reopened,
        "priority_changed" => TicketEventKind.PriorityChanged,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a ticket event code"),
    };

    public static string ToCode(this TicketType type) => type switch
    {
        TicketType.Incident => "incident",
        TicketType.Support => "support",
        TicketType.Order => "order",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static TicketType ParseType(string code) => code switch
    {
        "incident" => TicketType.Incident,
        "support" => TicketType.Support,
        "order" => TicketType.Order,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a ticket type code"),
    };
}
