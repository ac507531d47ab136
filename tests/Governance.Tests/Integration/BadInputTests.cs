using Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Tests.Integration;

/// <summary>The issue's bad input: each refused with INVALID_ARGUMENT or FAILED_PRECONDITION naming what is wrong, and nothing written.</summary>
[Collection(ServersCollection.Name)]
public sealed class BadInputTests(GovernanceStack stack) : IAsyncLifetime
{
    private GovernanceHost Host { get; set; } = null!;

    public async Task InitializeAsync() => Host = await stack.GovernanceForAsync<BadInputTests>();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Meeting = "2030-03-14";


    private async Task<Contracts.Governance.V1.Meeting> MeetingAsync()
    {
        try
        {
            return await Host.Board.GetMeetingAsync(new GetMeetingRequest { MeetingId = Meeting });
        }
        catch (global::Grpc.Core.RpcException missing) when (missing.StatusCode == global::Grpc.Core.StatusCode.NotFound)
        {
            Host.Clock.SetToday(new DateOnly(2030, 1, 2));
            return await Host.Board.CreateMeetingAsync(new CreateMeetingRequest
            {
                Date = Meeting, Place = "Møterom Nidaros", Board = new MeetingPart { Start = "12:00", End = "15:00" },
            });
        }
    }

    [Fact]
    public async Task An_item_without_a_title_or_outside_the_meetings_hours_is_refused_field_by_field()
    {
        var before = await MeetingAsync();

        var violations = await Refusals.InvalidArgumentAsync(() => Host.Board.AddAgendaItemAsync(new AddAgendaItemRequest
        {
            MeetingId = Meeting,
            Item = new AgendaItem { Type = AgendaItemType.Decision, Start = "14:30", End = "15:30", Title = " ", CaseFolder = "996" },
        }).ResponseAsync);

        Assert.Equal(["item.title", "item.start", "item.case_folder"], violations.Select(v => v.Field));
        Assert.Contains("14:30-15:30 is outside the board part", violations[1].Description, StringComparison.Ordinal);
        Assert.Equal(before.Items.Count, (await MeetingAsync()).Items.Count);
    }

    [Fact]
    public async Task A_meeting_in_the_past_cannot_be_called()
    {
        await MeetingAsync();
        Host.Clock.SetToday(new DateOnly(2030, 3, 15));

        var refusal = await Refusals.FailedPreconditionAsync(() => Host.Board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = Meeting }).ResponseAsync);

        Assert.Equal(("MEETING_IN_PAST", "meetings/2030-03-14"), (refusal.Type, refusal.Subject));
        var after = await MeetingAsync();
        Assert.Equal((MeetingState.Draft, ""), (after.State, after.NoticeIssuedOn));
        Assert.All(after.Items, i => Assert.Empty(i.Number));
    }

    [Fact]
    public async Task A_risk_score_outside_one_to_five_is_refused_and_not_kept()
    {
        await Host.RisksAndAudits.SaveRiskAsync(new SaveRiskRequest { Code = "R-BAD", Title = "Tap av nøkkelkompetanse", Owner = "HR-direktør" });

        var violations = await Refusals.InvalidArgumentAsync(() => Host.RisksAndAudits.AssessRiskAsync(new AssessRiskRequest
        {
            Code = "R-BAD", Tertial = "2030-T1", Probability = 6, Consequence = 0,
        }).ResponseAsync);

        Assert.Equal(["probability", "consequence"], violations.Select(v => v.Field));
        var register = await Host.RisksAndAudits.GetRiskRegisterAsync(new GetRiskRegisterRequest { Tertial = "2030-T1" });
        Assert.DoesNotContain(register.TopRisks, r => r.Code == "R-BAD");
    }

    [Fact]
    public async Task An_assignment_code_off_the_owners_pattern_refuses_the_whole_batch()
    {
        var violations = await Refusals.InvalidArgumentAsync(() => Host.Assignments.SaveAssignmentsAsync(new SaveAssignmentsRequest
        {
            Assignments =
            {
                new Contracts.Governance.V1.OwnerAssignment { Code = "HMN30-001", Title = "Gyldig oppdrag", Role = HemitRole.Leads },
                new Contracts.Governance.V1.OwnerAssignment { Code = "HMN30-21", Title = "Kort nummer", Role = HemitRole.Leads },
            },
        }).ResponseAsync);

        var violation = Assert.Single(violations);
        Assert.Equal("assignments[1].code", violation.Field);
        Assert.Contains("HMNyy-nnn", violation.Description, StringComparison.Ordinal);
        Assert.Empty((await Host.Assignments.ListAssignmentsAsync(new ListAssignmentsRequest { Year = 2030 })).Assignments);
    }

    [Fact]
    public async Task A_monthly_deadline_for_July_alone_is_refused_June_and_July_go_together()
    {
        var violations = await Refusals.InvalidArgumentAsync(() => Host.RisksAndAudits.SetReportingDeadlineAsync(new SetReportingDeadlineRequest
        {
            Kind = ReportKind.Monthly, Covers = "2030-07", Due = "2030-08-12",
        }).ResponseAsync);

        Assert.Equal(("covers", "June and July are reported together: use 2030-06..07"), (violations[0].Field, violations[0].Description));
    }
}
