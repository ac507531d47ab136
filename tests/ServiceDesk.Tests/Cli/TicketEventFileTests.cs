using Hemit.Cli.Importing;
using Hemit.Cli.ServiceDesk;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.ServiceDesk.Tests.Cli;

/// <summary>How <c>hemit servicedesk import ticket-events</c> reads its file before anything is sent.</summary>
public sealed class TicketEventFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hemit-servicedesk-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileInfo Write(string text)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return new FileInfo(path);
    }

    [Fact]
    public void A_semicolon_file_from_norwegian_excel_is_read_with_codes_offsets_and_empty_columns()
    {
        var (messages, problems) = CsvImporter.Read(Write(
            "ticket_id;occurred_at;event;type;priority;service;responsible;first_line_resolved\r\n" +
            "HJ-1;2021-10-04T09:00:00+02:00;created;incident;3;Tilgangsadministrasjon;Hemit;\r\n" +
            "HJ-1;2021-10-04T10:15:00+02:00;priority_changed;;2;;;\r\n" +
            "HJ-1;2021-10-04T14:00:00Z;resolved;;;;;ja\r\n"),
            ServiceDeskImportFiles.TicketEvents, ServiceDeskImportFiles.ToTicketEvent);

        Assert.Empty(problems);
        Assert.Equal([TicketEventKind.Created, TicketEventKind.PriorityChanged, TicketEventKind.Resolved], messages.Select(m => m.Event));
        Assert.Equal((TicketType.Incident, 3, "Tilgangsadministrasjon", "Hemit"), (messages[0].Type, messages[0].Priority, messages[0].Service, messages[0].Responsible));
        Assert.Equal(new DateTimeOffset(2021, 10, 4, 7, 0, 0, TimeSpan.Zero), messages[0].OccurredAt.ToDateTimeOffset());
        Assert.Equal((TicketType.Unspecified, 2, ""), (messages[1].Type, messages[1].Priority, messages[1].Service));
        Assert.False(messages[1].HasFirstLineResolved);
        Assert.True(messages[2].FirstLineResolved);
    }

    [Fact]
    public void A_time_without_offset_an_unknown_event_and_a_bad_type_are_named_by_row_and_column()
    {
        var (messages, problems) = CsvImporter.Read(Write(
            "ticket_id,occurred_at,event,type,priority,service,responsible,first_line_resolved\n" +
            "HJ-1,2021-10-04T09:00:00,created,incident,3,Doculive EPJ,Hemit,\n" +
            "HJ-2,2021-10-04T09:00:00+02:00,closed,feil,3,Doculive EPJ,Hemit,\n" +
            "HJ-3,04.10.2021 09:00,created,order,x,Doculive EPJ,Hemit,kanskje\n"),
            ServiceDeskImportFiles.TicketEvents, ServiceDeskImportFiles.ToTicketEvent);

        Assert.Empty(messages);
        Assert.Equal(
            [(1, "occurred_at"), (2, "event"), (2, "type"), (3, "occurred_at"), (3, "priority"), (3, "first_line_resolved")],
            problems.Select(p => ((int)p.Row, p.Field)));
        Assert.Contains("'2021-10-04T09:00:00' is not a time with its offset; write ISO 8601, e.g. 2021-10-04T09:15:00+02:00", problems.Select(p => p.Reason));
        Assert.Contains("'closed' is not one of created, pending, resumed, resolved, reopened, priority_changed", problems.Select(p => p.Reason));
    }
}
