using System.Text.RegularExpressions;
using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.ServiceDesk.Tickets;
using Wire = Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.ServiceDesk.Importing;

/// <summary>A checked ticket event with the 1-based row it was sent in, so checks across rows can name it.</summary>
public sealed record TicketEventRow(long Row, TicketEventEntry Entry);

/// <summary>
/// Checks pushed ticket events: each row on its own (a ticket number, a real instant, a known event, type and priority,
/// names by the platform's name rule), each ticket + time + event once, and then the rows of one ticket together (one
/// creation, nothing before it).
/// </summary>
public static partial class TicketEventRowValidator
{
    public const string Rows = "events";

    public static readonly BatchRules<Wire.TicketEvent, TicketEventRow, (string, DateTimeOffset, TicketEventKind)> Batch =
        new("Ticket event import", Rows, Validate,
            r => (r.Entry.TicketId, r.Entry.OccurredAt, r.Entry.Event),
            r => ("event", $"{r.Entry.TicketId} {r.Entry.Event.ToCode()} at {r.Entry.OccurredAt:O}"));

    private static readonly string EventCodes = string.Join(", ", Enum.GetValues<TicketEventKind>().Select(k => k.ToCode()));

    private static readonly string TypeCodes = string.Join(", ", Enum.GetValues<TicketType>().Select(t => t.ToCode()));

    public static TicketEventRow? Validate(Wire.TicketEvent message, long row, RowRejections rejections)
    {
        var ok = rejections.Check(row, "ticket_id", TicketIdProblem(message.TicketId));

        var occurredAtProblem = Instants.Problem(message.OccurredAt);
        ok &= rejections.Check(row, "occurred_at", occurredAtProblem);
        var occurredAt = occurredAtProblem is null ? message.OccurredAt.ToDateTimeOffset() : default;

        TicketEventKind? kind = message.Event switch
        {
            Wire.TicketEventKind.Created => TicketEventKind.Created,
            Wire.TicketEventKind.Pending => TicketEventKind.Pending,
            Wire.TicketEventKind.Resumed => TicketEventKind.Resumed,
            Wire.TicketEventKind.Resolved => TicketEventKind.Resolved,
            Wire.TicketEventKind.Reopened => TicketEventKind.Reopened,
            Wire.TicketEventKind.PriorityChanged => TicketEventKind.PriorityChanged,
            _ => null,
        };
        ok &= kind is not null || rejections.Check(row, "event", $"missing or unknown; use one of {EventCodes}");
        var creates = kind == TicketEventKind.Created;

        TicketType? type = message.Type switch
        {
            Wire.TicketType.Incident => TicketType.Incident,
            Wire.TicketType.Support => TicketType.Support,
            Wire.TicketType.Order => TicketType.Order,
            _ => null,
        };
        if (type is null && (creates || message.Type != Wire.TicketType.Unspecified))
        {
            ok = rejections.Check(row, "type", message.Type == Wire.TicketType.Unspecified
                ? $"missing; a created ticket has a type: {TypeCodes}"
                : $"{(int)message.Type} is not a ticket type; use one of {TypeCodes}");
        }

        if (message.Priority is < 0 or > 4 || (message.Priority == 0 && kind is TicketEventKind.Created or TicketEventKind.PriorityChanged))
        {
            ok = rejections.Check(row, "priority", message.Priority == 0
                ? $"missing; a {kind!.Value.ToCode()} event gives the priority, 1 (critical) to 4 (low)"
                : $"{message.Priority} is not a priority; use 1 (critical) to 4 (low)");
        }

        ok &= CheckOptionalName(rejections, row, "service", message.Service, creates, "service", "Doculive EPJ");
        ok &= CheckOptionalName(rejections, row, "responsible", message.Responsible, creates, "responsible party", "Hemit");
        if (message.HasFirstLineResolved && kind is not null and not TicketEventKind.Resolved)
        {
            ok = rejections.Check(row, "first_line_resolved", $"only a resolved event says whether the first line solved the ticket, not a {kind.Value.ToCode()} event");
        }

        return ok
            ? new TicketEventRow(row, new TicketEventEntry
            {
                TicketId = message.TicketId,
                OccurredAt = occurredAt,
                Event = kind!.Value,
                Type = type,
                Priority = message.Priority == 0 ? null : message.Priority,
                Service = Empty(message.Service),
                Responsible = Empty(message.Responsible),
                FirstLineResolved = message.HasFirstLineResolved ? message.FirstLineResolved : null,
            })
            : null;
    }

    /// <summary>
    /// Each ticket's rows against each other and against the events already stored: one creation, and no event before it
    /// (e.g. resolved before created). Rejections name the offending row.
    /// </summary>
    public static void CheckTimelines(IEnumerable<TicketEventRow> rows, IEnumerable<TicketEventEntry> stored, RowRejections rejections)
    {
        var storedCreation = stored.Where(e => e.Event == TicketEventKind.Created)
            .GroupBy(e => e.TicketId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(e => e.OccurredAt), StringComparer.Ordinal);
        var earliestStored = stored.GroupBy(e => e.TicketId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(e => e.OccurredAt), StringComparer.Ordinal);
        foreach (var ticket in rows.GroupBy(r => r.Entry.TicketId, StringComparer.Ordinal))
        {
            var creations = ticket.Where(r => r.Entry.Event == TicketEventKind.Created).OrderBy(r => r.Row).ToList();
            var hasStored = storedCreation.TryGetValue(ticket.Key, out var storedCreatedAt);
            foreach (var extra in hasStored ? creations.Where(c => c.Entry.OccurredAt != storedCreatedAt) : creations.Skip(1))
            {
                var first = hasStored ? storedCreatedAt : creations[0].Entry.OccurredAt;
                rejections.Add(extra.Row, "event", $"ticket {ticket.Key} was already created at {first:O}; a ticket is created once (use reopened)");
            }

            DateTimeOffset? createdAt = hasStored ? storedCreatedAt : creations.Count > 0 ? creations[0].Entry.OccurredAt : null;
            if (createdAt is not { } created)
            {
                continue;
            }

            foreach (var early in ticket.Where(r => r.Entry.Event != TicketEventKind.Created && r.Entry.OccurredAt < created))
            {
                rejections.Add(early.Row, "occurred_at",
                    $"{early.Entry.Event.ToCode()} at {early.Entry.OccurredAt:O} is before ticket {ticket.Key} was created ({created:O})");
            }

            if (!hasStored && creations.Count > 0 && earliestStored.TryGetValue(ticket.Key, out var earliest) && earliest < created)
            {
                rejections.Add(creations[0].Row, "occurred_at",
                    $"ticket {ticket.Key} has a stored event at {earliest:O}, before this creation ({created:O}); the creation comes first");
            }
        }
    }

    private static bool CheckOptionalName(RowRejections rejections, long row, string field, string value, bool required, string what, string example) =>
        (!required && string.IsNullOrEmpty(value)) || rejections.CheckName(row, field, value, what, example);

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private static string? TicketIdProblem(string? ticketId) =>
        string.IsNullOrEmpty(ticketId) ? "missing; give the ITSM tool's ticket number, e.g. INC0012345"
        : TicketId().IsMatch(ticketId) ? null
        : $"'{Hemit.BuildingBlocks.Naming.NameRule.Mask(ticketId)}' is not a ticket number: letters (æ, ø and å too), digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters, e.g. INC0012345";

    // Letters of any language, as every name here: a source system's queue prefix may be Norwegian (ØST-0001).
    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd}._\-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex TicketId();
}
