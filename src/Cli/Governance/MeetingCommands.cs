using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary><c>hemit governance meetings …</c> and <c>hemit governance notice</c>: the board secretary's work on meetings.</summary>
public static class MeetingCommands
{
    internal static readonly Connection.ServiceConnection<BoardService.BoardServiceClient> Service = new("governance", channel => new(channel));

    public static Command Meetings() => new("meetings", "Styremøter: list, create, put saker on the agenda, move them, record minutes")
    {
        List(), Create(), AddItem(), MoveItem(), Minutes(),
    };

    private static Option<string> MeetingOption() => new("--meeting", "-m") { Description = "The meeting's date, YYYY-MM-DD", Required = true };

    private static Command List() => YearReportCommand.Create(Service, "list", "The year's meetings: date, time, state, saker",
        async (client, _, year, ct) => MeetingReports.Meetings(year, (await client.ListMeetingsAsync(new ListMeetingsRequest { Year = year }, cancellationToken: ct)).Meetings));

    private static Command Create()
    {
        var date = new Option<string>("--date") { Description = "YYYY-MM-DD", Required = true };
        var place = new Option<string>("--place") { Description = "Møtested", Required = true };
        var board = new Option<string>("--board") { Description = "The board part's time, e.g. 12:00-14:00", Required = true };
        var seminar = new Option<string?>("--seminar") { Description = "The seminar's time, e.g. 10:00-12:00 (none when left out)" };
        var seminarTitle = new Option<string?>("--seminar-title") { Description = "e.g. \"Styreseminar: Introduksjon til Hemit\"" };
        var programme = new Option<string[]>("--programme") { Description = "A point of the seminar's programme (repeat)", AllowMultipleArgumentsPerToken = false };
        var command = new Command("create", "A draft meeting; its first item (approval of notice, agenda and minutes) is generated")
        {
            date, place, board, seminar, seminarTitle, programme,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var (boardStart, boardEnd) = Slot(parseResult.GetValue(board)!, "--board");
            var request = new CreateMeetingRequest
            {
                Date = parseResult.GetValue(date)!,
                Place = parseResult.GetValue(place)!,
                Board = new MeetingPart { Start = boardStart, End = boardEnd },
            };
            if (parseResult.GetValue(seminar) is { } seminarTime)
            {
                var (start, end) = Slot(seminarTime, "--seminar");
                request.Seminar = new MeetingPart
                {
                    Start = start, End = end, Title = parseResult.GetValue(seminarTitle) ?? "Styreseminar",
                    Programme = { parseResult.GetValue(programme) ?? [] },
                };
            }

            var meeting = await Service.CallAsync(parseResult, async client => await client.CreateMeetingAsync(request, cancellationToken: ct));
            ReportWriter.ForConsole(parseResult).Write(MeetingReports.Meetings(int.Parse(meeting.Date[..4], System.Globalization.CultureInfo.InvariantCulture), [meeting]),
                parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }

    private static Command AddItem()
    {
        var meeting = MeetingOption();
        var type = new Option<string>("--type") { Description = "B (vedtak) or O (orientering)", Required = true };
        var time = new Option<string>("--time") { Description = "The item's slot, e.g. 12:05-12:25", Required = true };
        var title = new Option<string>("--title") { Description = "The title on the agenda", Required = true };
        var handler = new Option<string?>("--case-handler") { Description = "Saksbehandler (a role)" };
        var manager = new Option<string?>("--responsible") { Description = "Ansvarlig leder (a role)" };
        var folder = new Option<string?>("--case-folder") { Description = "Saksmappe, e.g. 2021/996" };
        var proposal = new Option<string?>("--proposal") { Description = "Forslag til vedtak" };
        var attachment = new Option<string[]>("--attachment") { Description = "An attachment's title (repeat)" };
        var recommendation = new Option<string?>("--recommendation") { Description = "Administrerende direktørs anbefaling" };
        var command = new Command("add-item", "Puts a sak on a meeting's agenda (numbered when the notice goes out)")
        {
            meeting, type, time, title, handler, manager, folder, proposal, attachment, recommendation,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var (start, end) = Slot(parseResult.GetValue(time)!, "--time");
            var request = new AddAgendaItemRequest
            {
                MeetingId = parseResult.GetValue(meeting)!,
                Item = new AgendaItem
                {
                    Type = parseResult.GetValue(type)?.Trim().ToUpperInvariant() switch
                    {
                        "B" => AgendaItemType.Decision,
                        "O" => AgendaItemType.Information,
                        var other => throw new CliException($"--type: '{other}' is neither B (vedtak) nor O (orientering)"),
                    },
                    Start = start,
                    End = end,
                    Title = parseResult.GetValue(title)!,
                    CaseHandler = parseResult.GetValue(handler) ?? string.Empty,
                    ResponsibleManager = parseResult.GetValue(manager) ?? string.Empty,
                    CaseFolder = parseResult.GetValue(folder) ?? string.Empty,
                    ProposedResolution = parseResult.GetValue(proposal) ?? string.Empty,
                    Attachments = { parseResult.GetValue(attachment) ?? [] },
                    CeoRecommendation = parseResult.GetValue(recommendation) ?? string.Empty,
                },
            };
            var item = await Service.CallAsync(parseResult, async client => await client.AddAgendaItemAsync(request, cancellationToken: ct));
            Console.WriteLine($"Sak {(item.Number.Length > 0 ? item.Number : "(nummer settes ved innkalling)")} «{item.Title}» lagt til møtet {BoardTexts.Date(item.MeetingId)} (id {item.Id}).");
            return 0;
        });
        return command;
    }

    private static Command MoveItem()
    {
        var item = new Option<string>("--item") { Description = "The item's id", Required = true };
        var to = new Option<string>("--to") { Description = "The meeting it moves to, YYYY-MM-DD", Required = true };
        var time = new Option<string?>("--time") { Description = "Its slot on the new meeting, e.g. 10:00-10:30 (default: as now)" };
        var command = new Command("move-item", "Moves a sak to another meeting; a numbered sak keeps its number") { item, to, time };
        command.SetAction(async (parseResult, ct) =>
        {
            var request = new MoveAgendaItemRequest { ItemId = parseResult.GetValue(item)!, TargetMeetingId = parseResult.GetValue(to)! };
            if (parseResult.GetValue(time) is { } slot)
            {
                (request.Start, request.End) = Slot(slot, "--time");
            }

            var moved = await Service.CallAsync(parseResult, async client => await client.MoveAgendaItemAsync(request, cancellationToken: ct));
            Console.WriteLine($"Sak {(moved.Number.Length > 0 ? moved.Number : "uten nummer")} «{moved.Title}» er flyttet til møtet {BoardTexts.Date(moved.MeetingId)}.");
            return 0;
        });
        return command;
    }

    private static Command Minutes()
    {
        var meeting = MeetingOption();
        var record = new Option<bool>("--record") { Description = "Record the minutes (with --present, --absent, --resolution) instead of printing them" };
        var present = new Option<string[]>("--present") { Description = "Who was present (repeat)" };
        var absent = new Option<string[]>("--absent") { Description = "Who sent apologies (repeat)" };
        var resolution = new Option<string[]>("--resolution") { Description = "ITEM-ID=adopted resolution, where it differs from the proposal (repeat)" };
        var command = new Command("minutes", "Møteprotokoll: attendance and the resolution per sak") { meeting, record, present, absent, resolution };
        command.SetAction(async (parseResult, ct) =>
        {
            var date = parseResult.GetValue(meeting)!;
            var minutes = await Service.CallAsync(parseResult, async client =>
            {
                if (!parseResult.GetValue(record))
                {
                    return await client.GetMinutesAsync(new GetMinutesRequest { MeetingId = date }, cancellationToken: ct);
                }

                var request = new RecordMinutesRequest
                {
                    MeetingId = date,
                    Attendance = new Attendance { Present = { parseResult.GetValue(present) ?? [] }, Absent = { parseResult.GetValue(absent) ?? [] } },
                };
                foreach (var given in parseResult.GetValue(resolution) ?? [])
                {
                    var split = given.IndexOf('=', StringComparison.Ordinal);
                    if (split <= 0)
                    {
                        throw new CliException($"--resolution: '{given}' is not ITEM-ID=text");
                    }

                    request.Resolutions.Add(new ItemResolution { ItemId = given[..split].Trim(), AdoptedResolution = given[(split + 1)..].Trim() });
                }

                return await client.RecordMinutesAsync(request, cancellationToken: ct);
            });
            ReportWriter.ForConsole(parseResult).Write(
                MeetingReports.Minutes(minutes, parseResult.GetValue(CommonOptions.Format), TerminalWidth.Detect()), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }

    public static Command Notice()
    {
        var meeting = MeetingOption();
        var issue = new Option<bool>("--issue") { Description = "Send the notice now: numbers the saker and calls the meeting" };
        var command = new Command("notice", "Innkalling: the notice of a meeting (a draft's as it would go out today)") { meeting, issue };
        command.SetAction(async (parseResult, ct) =>
        {
            var date = parseResult.GetValue(meeting)!;
            var notice = await Service.CallAsync(parseResult, async client => parseResult.GetValue(issue)
                ? await client.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = date }, cancellationToken: ct)
                : await client.GetNoticeAsync(new GetNoticeRequest { MeetingId = date }, cancellationToken: ct));
            var format = parseResult.GetValue(CommonOptions.Format);
            ReportWriter.ForConsole(parseResult).Write(NoticeReport.Build(notice, format, TerminalWidth.Detect()), format);
            return 0;
        });
        return command;
    }

    /// <summary>"12:05-12:25" or "1205-1225" → ("12:05", "12:25"); the service judges the times themselves.</summary>
    internal static (string Start, string End) Slot(string text, string option)
    {
        var parts = text.Split('-');
        if (parts.Length != 2)
        {
            throw new CliException($"{option}: '{text}' is not a time slot; write e.g. 12:05-12:25");
        }

        static string Time(string part) => part.Trim() is { Length: 4 } digits && digits.All(char.IsAsciiDigit) ? $"{digits[..2]}:{digits[2..]}" : part.Trim();
        return (Time(parts[0]), Time(parts[1]));
    }
}
