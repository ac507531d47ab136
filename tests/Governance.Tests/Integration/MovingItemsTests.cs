using Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Tests.Integration;

/// <summary>
/// What numbering does when a sak moves meeting: unnumbered it is numbered with its new meeting; numbered it keeps
/// its number, and the old meeting's notice says where it went, so no number disappears unexplained.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class MovingItemsTests(GovernanceStack stack) : IAsyncLifetime
{
    private GovernanceHost Host { get; set; } = null!;

    public async Task InitializeAsync() => Host = await stack.GovernanceForAsync<MovingItemsTests>();

    public Task DisposeAsync() => Task.CompletedTask;


    private BoardService.BoardServiceClient Board => Host.Board;

    [Fact]
    public async Task A_numbered_item_keeps_its_number_and_an_unnumbered_one_is_numbered_with_its_new_meeting()
    {
        Host.Clock.SetToday(new DateOnly(2031, 2, 1));
        foreach (var date in new[] { "2031-03-06", "2031-04-24" })
        {
            await Board.CreateMeetingAsync(new CreateMeetingRequest { Date = date, Place = "Møterom Munkholmen", Board = new MeetingPart { Start = "09:00", End = "12:00" } });
        }

        var risk = await Add("2031-03-06", "Risikovurdering informasjonssikkerhet", "09:05", "09:30");
        var lease = await Add("2031-03-06", "Leieavtale lokaler", "09:30", "10:00");
        var march = await Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = "2031-03-06" });
        Assert.Equal(["1/31", "2/31", "3/31"], march.Items.Select(i => i.Number));

        // April is still a draft: the secretary adds a sak, then moves March's 2/31 to April with a new slot.
        var strategy = await Add("2031-04-24", "Strategi 2032-2035", "09:05", "10:00");
        var moved = await Board.MoveAgendaItemAsync(new MoveAgendaItemRequest { ItemId = risk.Id, TargetMeetingId = "2031-04-24", Start = "10:00", End = "10:30" });
        Assert.Equal(("2/31", "2031-04-24"), (moved.Number, moved.MeetingId));

        var marchNow = await Board.GetNoticeAsync(new GetNoticeRequest { MeetingId = "2031-03-06" });
        Assert.Equal(["1/31", "3/31"], marchNow.Items.Select(i => i.Number));
        Assert.Equal(["Sak 2/31 «Risikovurdering informasjonssikkerhet» er flyttet til møtet 24.04.2031."], marchNow.Notes);

        // April's notice numbers its own saker after March's and keeps 2/31 where the secretary put it.
        var april = await Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = "2031-04-24" });
        Assert.Equal([("4/31", "Godkjenning av innkalling, agenda og møteprotokoll av 06.03.2031"), ("5/31", strategy.Title), ("2/31", risk.Title)],
            april.Items.Select(i => (i.Number, i.Title)));
        Assert.Contains("Sak 2/31 «Risikovurdering informasjonssikkerhet» er flyttet hit fra møtet 06.03.2031 og beholder nummeret.", april.Notes);

        // A numbered sak moved into a called meeting keeps its number; one added later takes the next free one (none twice).
        var leaseMoved = await Board.MoveAgendaItemAsync(new MoveAgendaItemRequest { ItemId = lease.Id, TargetMeetingId = "2031-04-24", Start = "10:30", End = "11:00" });
        Assert.Equal("3/31", leaseMoved.Number);
        var late = await Add("2031-04-24", "Tilleggssak: innkjøp av lisenser", "11:00", "11:15");
        Assert.Equal("6/31", late.Number);
    }

    private async Task<AgendaItem> Add(string meeting, string title, string start, string end) =>
        await Board.AddAgendaItemAsync(new AddAgendaItemRequest
        {
            MeetingId = meeting,
            Item = new AgendaItem
            {
                Type = AgendaItemType.Decision, Title = title, Start = start, End = end,
                CaseHandler = "Styresekretær", ResponsibleManager = "Administrerende direktør", CaseFolder = "2031/12",
            },
        });
}
