using Grpc.Core;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Tests.Integration;

/// <summary>
/// Two governance replicas (two hosts, one database) receiving the same board-secretary request at the same moment, as
/// the AppHost's proxy may hand them with <c>Hemit:Replicas</c> above 1: the outcome is the one of the two requests in
/// sequence. Saker numbers N/YY have no gap and no duplicate, agenda positions are distinct.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class TwoReplicasTests(GovernanceStack stack) : IAsyncLifetime
{
    private GovernanceHost First { get; set; } = null!;
    private GovernanceHost Second { get; set; } = null!;

    public async Task InitializeAsync()
    {
        First = await stack.GovernanceForAsync<TwoReplicasTests>();
        Second = GovernanceHost.ReplicaOf(First);
        First.Clock.SetToday(new DateOnly(2033, 1, 10));
    }

    public Task DisposeAsync()
    {
        Second.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_same_notice_issued_at_two_replicas_at_once_is_issued_once_and_the_numbers_run_on_without_a_gap()
    {
        await CreateAsync(First, "2033-02-14");
        foreach (var (title, start) in new[] { ("Årsbudsjett 2034", "09:15"), ("Leieavtale Kjøpmannsgata", "09:45"), ("Risikovurdering", "10:15") })
        {
            await AddAsync(First, "2033-02-14", title, start);
        }

        var outcomes = await AtOnceAsync(
            () => First.Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = "2033-02-14" }).ResponseAsync,
            () => Second.Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = "2033-02-14" }).ResponseAsync);

        var issued = Assert.Single(outcomes, o => o.Result is not null).Result!;
        var refused = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal("ALREADY_CALLED", refused.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations.Single().Type);
        Assert.Equal(["1/33", "2/33", "3/33", "4/33"], issued.Items.Select(i => i.Number));

        // The refused notice handed out no numbers: the next sak of the year is 5/33.
        var late = await AddAsync(Second, "2033-02-14", "Tilleggssak: lisenser", "11:00");
        Assert.Equal("5/33", late.Number);
    }

    [Fact]
    public async Task Saker_added_at_two_replicas_at_once_get_consecutive_numbers_and_distinct_places_on_the_agenda()
    {
        await CreateAsync(First, "2034-03-14");
        await First.Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = "2034-03-14" });
        var before = (await First.Board.GetNoticeAsync(new GetNoticeRequest { MeetingId = "2034-03-14" })).Items.Select(i => i.Number).ToList();

        const int Added = 16;
        var added = await Task.WhenAll(Enumerable.Range(0, Added).Select(i =>
            AddAsync(i % 2 == 0 ? First : Second, "2034-03-14", $"Tilleggssak {i + 1}: Ålesund, Bodø og Tromsø", new TimeOnly(9, 15).AddMinutes(15 * i).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))));

        var meeting = await First.Board.GetMeetingAsync(new GetMeetingRequest { MeetingId = "2034-03-14" });
        var numbers = added.Select(i => Sequence(i.Number)).Order().ToList();
        var first = Sequence(before.Single()) + 1;
        Assert.Equal(Enumerable.Range(first, Added), numbers);
        Assert.Equal(meeting.Items.Count, meeting.Items.Select(i => i.Position).Distinct().Count());
        Assert.Equal(Added + before.Count, meeting.Items.Count);
    }

    [Fact]
    public async Task The_same_meeting_created_at_two_replicas_at_once_is_created_once_and_the_second_is_told_it_exists()
    {
        var outcomes = await AtOnceAsync(
            () => CreateAsync(First, "2035-05-09"),
            () => CreateAsync(Second, "2035-05-09"));

        Assert.Single(outcomes, o => o.Result is not null);
        var refused = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal("MEETING_EXISTS", refused.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations.Single().Type);
    }

    private static int Sequence(string number) => int.Parse(number.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts both calls before awaiting either; each outcome is its answer or its refusal.</summary>
    private static async Task<IReadOnlyList<(T? Result, RpcException? Error)>> AtOnceAsync<T>(params Func<Task<T>>[] calls) where T : class
    {
        var running = calls.Select(call => Task.Run(call)).ToList();
        var outcomes = new List<(T?, RpcException?)>();
        foreach (var call in running)
        {
            try
            {
                outcomes.Add((await call, null));
            }
            catch (RpcException refusal)
            {
                outcomes.Add((null, refusal));
            }
        }

        return outcomes;
    }

    private static Task<Meeting> CreateAsync(GovernanceHost host, string date) =>
        host.Board.CreateMeetingAsync(new CreateMeetingRequest { Date = date, Place = "Møterom Nidaros", Board = new MeetingPart { Start = "09:00", End = "15:00" } }).ResponseAsync;

    private static Task<AgendaItem> AddAsync(GovernanceHost host, string meeting, string title, string start)
    {
        var from = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        return host.Board.AddAgendaItemAsync(new AddAgendaItemRequest
        {
            MeetingId = meeting,
            Item = new AgendaItem
            {
                Type = AgendaItemType.Decision, Title = title, Start = start, End = from.AddMinutes(15).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                CaseHandler = "Styresekretær", ResponsibleManager = "Administrerende direktør", CaseFolder = "2033/7",
            },
        }).ResponseAsync;
    }
}
