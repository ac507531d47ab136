using Hemit.Cli.Governance;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Governance.V1;
using Hemit.Governance.Tests.Seed;

namespace Hemit.Governance.Tests.Integration;

/// <summary>
/// Seed 001 through gRPC on real PostgreSQL: the board's meetings of 29 October and 19 November 2021 are called in
/// turn, the November notice lists the seed's agenda 7/21-13/21, minutes are recorded and approved at the next meeting,
/// and item 13/21's plan for 2022 is generated from the annual cycle.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class SeedMeetingsOverGrpcTests(GovernanceStack stack) : IAsyncLifetime
{
    private GovernanceHost Host { get; set; } = null!;

    public async Task InitializeAsync() => Host = await stack.GovernanceForAsync<SeedMeetingsOverGrpcTests>();

    public Task DisposeAsync() => Task.CompletedTask;


    private BoardService.BoardServiceClient Board => Host.Board;

    [Fact]
    public async Task The_two_meetings_of_2021_get_the_seeds_numbers_and_the_notice_lists_the_seeds_agenda()
    {
        // 29 October 2021: the board's first meeting, called on the 20th.
        Host.Clock.SetToday(new DateOnly(2021, 10, 20));
        await Board.CreateMeetingAsync(BoardPackNovember2021.OctoberMeeting());
        foreach (var item in BoardPackNovember2021.OctoberItems())
        {
            item.MeetingId = BoardPackNovember2021.October29;
            await Board.AddAgendaItemAsync(item);
        }

        var october = await Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = BoardPackNovember2021.October29 });
        Assert.Equal(["1/21", "2/21", "3/21", "4/21", "5/21", "6/21"], october.Items.Select(i => i.Number));
        Assert.Equal("Godkjenning av innkalling og agenda", october.Items[0].Title);

        // 19 November: created and filled while October is still ahead; the draft has no numbers yet.
        await Board.CreateMeetingAsync(BoardPackNovember2021.Meeting());
        foreach (var item in BoardPackNovember2021.Items())
        {
            item.MeetingId = BoardPackNovember2021.November19;
            await Board.AddAgendaItemAsync(item);
        }

        var draft = await Board.GetNoticeAsync(new GetNoticeRequest { MeetingId = BoardPackNovember2021.November19 });
        Assert.False(draft.Issued);
        Assert.All(draft.Items, i => Assert.Empty(i.Number));

        // The October meeting is held and its minutes recorded; the secretary sends the November notice on 12 November.
        Host.Clock.SetToday(new DateOnly(2021, 10, 29));
        await Board.RecordMinutesAsync(new RecordMinutesRequest
        {
            MeetingId = BoardPackNovember2021.October29,
            Attendance = new Attendance { Present = { "Styrets leder", "Nestleder", "Styremedlem" }, Absent = { "Ansattvalgt styremedlem" } },
        });
        Host.Clock.SetToday(new DateOnly(2021, 11, 12));
        var notice = await Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = BoardPackNovember2021.November19 });

        Assert.True(notice.Issued);
        Assert.Equal(BoardPackNovember2021.PrintedAgenda,
            notice.Items.Select(i => (i.Number, i.Type == AgendaItemType.Decision ? "B" : "O", i.Start.Replace(":", "") + "-" + i.End.Replace(":", ""), i.Title)));
        Assert.Equal(("2021-11-12", 7, 0), (notice.IssuedOn, notice.DaysBefore, notice.LateByDays));
        Assert.Equal(("10:00", "14:00", BoardPackNovember2021.Place), (notice.Start, notice.End, notice.Place));
        Assert.Equal(["Organisasjon, tjenester, oppgaver", "Virksomhetsstyring og ledelsessystem", "Økonomimodell"], notice.Seminar.Programme);
        Assert.Equal(["Vedlegg 1: Møteprotokoll av 29.10.2021"], notice.Attachments);
        Assert.Equal([("Styrets leder", GovernanceHost.ChairName), ("Styresekretær", GovernanceHost.SecretaryName)],
            notice.Signatories.Select(s => (s.Role, s.Name)));
        Assert.Equal("Trondheim", notice.SignedAt);
        Assert.Equal(3, notice.Items.Single(i => i.Number == "8/21").Attachments.Count);
        Assert.Equal("2021/996", notice.Items.Single(i => i.Number == "11/21").CaseFolder);
        NoticePrintTests.AssertPrintedAsTheSeed(notice);

        // 19 November is held: every resolution defaults to the proposal except the one the board changed, and
        // adopting 7/21 approves the October minutes.
        Host.Clock.SetToday(new DateOnly(2021, 11, 19));
        var budget = notice.Items.Single(i => i.Number == "10/21");
        var minutes = await Board.RecordMinutesAsync(new RecordMinutesRequest
        {
            MeetingId = BoardPackNovember2021.November19,
            Attendance = new Attendance { Present = { "Styrets leder", "Nestleder", "Styremedlem", "Ansattvalgt styremedlem" } },
            Resolutions = { new ItemResolution { ItemId = budget.Id, AdoptedResolution = "Styret vedtar budsjett for 2022 med de justeringer som ble lagt fram i møtet." } },
        });
        Assert.Equal(MeetingState.Held, minutes.State);
        Assert.Equal("Styret for Hemit HF godkjenner statusrapporten per oktober 2021.", minutes.Items.Single(i => i.Number == "9/21").AdoptedResolution);
        Assert.Equal("Styret vedtar budsjett for 2022 med de justeringer som ble lagt fram i møtet.", minutes.Items.Single(i => i.Number == "10/21").AdoptedResolution);

        // hemit governance meetings list --year 2021, in 80 columns.
        var listed = PrintedReport.Of(MeetingReports.Meetings(2021, (await Board.ListMeetingsAsync(new ListMeetingsRequest { Year = 2021 })).Meetings),
            OutputFormat.Table, width: 80);
        var meetings = new PrintedTable(listed);
        Assert.Equal(["29.10.2021", "10:00-14:00", "Protokoll godkjent", "1/21-6/21"], meetings.Cells("29.10.2021").Take(4));
        Assert.Equal(["19.11.2021", "10:00-14:00", "Avholdt", "7/21-13/21", "12.11.2021"], meetings.Cells("19.11.2021").Take(5));

        var octoberMinutes = await Board.GetMinutesAsync(new GetMinutesRequest { MeetingId = BoardPackNovember2021.October29 });
        Assert.Equal((MeetingState.MinutesApproved, BoardPackNovember2021.November19), (octoberMinutes.State, octoberMinutes.ApprovedAtMeetingDate));

        // Approved minutes are the board's record: an edit is refused and nothing changes.
        var refusal = await Refusals.FailedPreconditionAsync(() => Board.RecordMinutesAsync(new RecordMinutesRequest
        {
            MeetingId = BoardPackNovember2021.October29,
            Attendance = new Attendance { Present = { "Styrets leder" } },
        }).ResponseAsync);
        Assert.Equal(("MINUTES_APPROVED", "meetings/2021-10-29"), (refusal.Type, refusal.Subject));
        var unchanged = await Board.GetMinutesAsync(new GetMinutesRequest { MeetingId = BoardPackNovember2021.October29 });
        Assert.Equal(["Styrets leder", "Nestleder", "Styremedlem"], unchanged.Attendance.Present);

        // Item 13/21: the meeting plan for 2022 from the annual cycle, on the dates the seed proposes.
        var plan = await Board.GenerateMeetingPlanAsync(new GenerateMeetingPlanRequest
        {
            Year = 2022,
            Meetings =
            {
                Planned("2022-01-13", "12:00", "16:00"), Planned("2022-03-23", "10:30", "14:30"), Planned("2022-06-09", "12:00", "16:00"),
                Planned("2022-09-15", "10:30", "14:30"), Planned("2022-10-26", "12:00", "16:00"), Planned("2022-12-01", "10:30", "14:30"),
            },
        });
        Assert.Equal(6, plan.Meetings.Count);
        var january = plan.Meetings[0].Items.Select(i => i.Title).ToList();
        Assert.Equal([
            "Godkjenning av innkalling, agenda og møteprotokoll av 19.11.2021", "Administrerende direktørs orienteringer",
            "Statusrapport pr. desember", "Årlig melding 2021", "Tertialrapport T3 2021",
        ], january);
        Assert.Contains("Budsjett 2023", plan.Meetings[5].Items.Select(i => i.Title));
        Assert.Contains("Tertialrapport T1 2022", plan.Meetings[2].Items.Select(i => i.Title));

        // The new year's first notice starts at 1/22.
        Host.Clock.SetToday(new DateOnly(2022, 1, 3));
        var firstOf2022 = await Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = "2022-01-13" });
        Assert.Equal(["1/22", "2/22", "3/22", "4/22", "5/22"], firstOf2022.Items.Select(i => i.Number));
    }

    private static PlannedMeeting Planned(string date, string start, string end) =>
        new() { Date = date, Start = start, End = end, Place = BoardPackNovember2021.Place };
}
