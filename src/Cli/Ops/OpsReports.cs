using Hemit.Cli.Output;
using Hemit.Contracts.Ops.V1;

namespace Hemit.Cli.Ops;

/// <summary>The ops answers as tables: one row per service, and one row per failed message.</summary>
public static class OpsReports
{
    public static ReportTable Overview(IReadOnlyList<ServiceAnswer<ServiceMessaging>> answers)
    {
        var table = new ReportTable("Drift: meldinger per tjeneste", [
            new ReportColumn("service", "Tjeneste"),
            new ReportColumn("outbox_waiting", "Venter", ColumnAlignment.Right),
            new ReportColumn("oldest_waiting", "Eldste som venter"),
            new ReportColumn("outbox_failing", "Avvist", ColumnAlignment.Right),
            new ReportColumn("awaiting_redelivery", "Prøves igjen", ColumnAlignment.Right),
            new ReportColumn("failed_messages", "Feilet", ColumnAlignment.Right),
            new ReportColumn("last_error", "Siste feil") { DropOrder = 1 },
        ]);
        foreach (var (service, answer, problem) in answers)
        {
            if (answer is null)
            {
                table.AddRow(true, service, null, null, null, null, null, $"svarer ikke ({problem})");
                table.Notes.Add($"{service} svarer ikke: {problem}");
                continue;
            }

            var (backlog, failed) = answer;
            table.AddRow(service, backlog.Waiting, backlog.OldestWaiting?.ToDateTimeOffset(), backlog.Failing,
                failed.Queues.Sum(q => q.AwaitingRedelivery), failed.Queues.Sum(q => q.Count), backlog.LastError.Length == 0 ? null : backlog.LastError);
        }

        table.Notes.Add("Venter: hendelser i outboxen som megleren ikke har tatt imot ennå. Avvist: av dem, de megleren har avvist.");
        table.Notes.Add("Prøves igjen: meldinger en mottaker ikke klarte etter sine forsøk, parkert hos megleren til de leveres på nytt etter en pause.");
        table.Notes.Add("Feilet: meldinger en mottaker ga opp etter sine forsøk og pauser; se dem med `hemit ops failed`, send dem tilbake med `hemit ops retry --service <tjeneste>`.");
        return table;
    }

    /// <summary>
    /// One row per failed message, numbered; each reason (an exception's message, often long) follows the table as a
    /// note under its number, so the table fits the terminal. csv and json carry the reason and id in their columns.
    /// </summary>
    public static ReportTable Failed(IReadOnlyList<ServiceAnswer<ListFailedMessagesResponse>> answers)
    {
        var table = new ReportTable("Feilede meldinger", [
            new ReportColumn("number", "Nr", ColumnAlignment.Right),
            new ReportColumn("service", "Tjeneste"),
            new ReportColumn("message_type", "Melding"),
            new ReportColumn("failed_at", "Feilet"),
            new ReportColumn("queue", "Kø") { DropOrder = 1 },
            new ReportColumn("reason", "Årsak") { InTable = false },
            new ReportColumn("exception_type", "Unntak") { InTable = false },
            new ReportColumn("message_id", "Meldings-id") { IsCode = true, DropOrder = 2 },
        ]);
        var reasons = new List<string>();
        var cutOff = new List<string>();
        foreach (var (service, answer, problem) in answers)
        {
            if (answer is null)
            {
                cutOff.Add($"{service} svarer ikke: {problem}");
                continue;
            }

            foreach (var queue in answer.Queues)
            {
                foreach (var message in queue.Messages)
                {
                    var number = table.Rows.Count + 1;
                    table.AddRow(number, service, message.MessageType, message.FailedAt?.ToDateTimeOffset(), queue.Queue,
                        message.Reason, message.ExceptionType, message.MessageId);
                    reasons.Add($"{number}. {message.Reason} ({message.ExceptionType})");
                }

                if (queue.Count > queue.Messages.Count)
                {
                    cutOff.Add($"{queue.Queue}: {queue.Count} feilede meldinger, {queue.Messages.Count} vist (--limit).");
                }
            }
        }

        table.Notes.AddRange(reasons);
        table.Notes.AddRange(cutOff);
        if (table.Rows.Count == 0)
        {
            table.Notes.Add("Ingen feilede meldinger.");
        }

        return table;
    }
}
