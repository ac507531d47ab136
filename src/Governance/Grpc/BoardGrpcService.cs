using Hemit.Security;
using Grpc.Core;
using Hemit.Contracts.Governance.V1;
using Hemit.Governance.AnnualCycle;
using Hemit.Governance.Calendar;
using Hemit.Governance.Data;
using Hemit.Governance.Meetings;
using Hemit.Governance.Refusals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Grpc;

/// <summary>Styremøter over gRPC: the wire's fields are read here, the board's rules live in <see cref="BoardMeetings"/>.</summary>
public sealed class BoardGrpcService(
    BoardMeetings meetings, MeetingPlanner planner, GovernanceDbContext db, TimeProvider time, IOptions<BoardOptions> board)
    : BoardService.BoardServiceBase
{
    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.Meeting> CreateMeeting(CreateMeetingRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var draft = ReadMeeting(request.Date, request.Place, request.Board, request.Seminar, string.Empty, problems);
        problems.ThrowIfAny();
        return (await meetings.CreateAsync(draft, context.CancellationToken)).ToWire();
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<Wire.Meeting> GetMeeting(GetMeetingRequest request, ServerCallContext context) =>
        (await meetings.LoadAsync(RequestFields.Meeting(request.MeetingId), context.CancellationToken)).ToWire();

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<ListMeetingsResponse> ListMeetings(ListMeetingsRequest request, ServerCallContext context)
    {
        var year = Hemit.BuildingBlocks.Grpc.InvalidArgument.RequireYear(request.Year);
        var response = new ListMeetingsResponse();
        response.Meetings.AddRange((await meetings.ListAsync(year, context.CancellationToken)).Select(m => m.ToWire()));
        return response;
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.AgendaItem> AddAgendaItem(AddAgendaItemRequest request, ServerCallContext context)
    {
        var meeting = RequestFields.Meeting(request.MeetingId);
        var problems = new Problems();
        var item = request.Item ?? new Wire.AgendaItem();
        var draft = new ItemDraft(
            RequestFields.Enum<Meetings.AgendaItemType>((int)item.Type, "item.type", problems),
            RequestFields.Slot(item.Start, item.End, "item.", problems),
            item.Title, item.CaseHandler, item.ResponsibleManager, item.CaseFolder,
            item.ProposedResolution, item.Attachments, item.CeoRecommendation);
        problems.ThrowIfAny();
        return (await meetings.AddItemAsync(meeting, draft, context.CancellationToken, "item.")).ToWire();
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.AgendaItem> MoveAgendaItem(MoveAgendaItemRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        problems.Require(Guid.TryParse(request.ItemId, out var itemId), "item_id", $"«{request.ItemId}» is not an item id");
        var target = RequestFields.Date(request.TargetMeetingId, "target_meeting_id", problems);
        TimeSlot? slot = request.Start.Length > 0 || request.End.Length > 0 ? RequestFields.Slot(request.Start, request.End, string.Empty, problems) : null;
        problems.ThrowIfAny();
        return (await meetings.MoveItemAsync(itemId, target, slot, context.CancellationToken)).ToWire();
    }

    [RequiresScope(Scopes.GovernanceApprove)]
    public override async Task<Wire.Notice> IssueNotice(IssueNoticeRequest request, ServerCallContext context)
    {
        var meeting = await meetings.IssueNoticeAsync(RequestFields.Meeting(request.MeetingId), context.CancellationToken);
        return await NoticeAsync(meeting, context.CancellationToken);
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<Wire.Notice> GetNotice(GetNoticeRequest request, ServerCallContext context)
    {
        var meeting = await meetings.LoadAsync(RequestFields.Meeting(request.MeetingId), context.CancellationToken);
        if (meeting.State == Meetings.MeetingState.Draft)
        {
            // The draft's first item names the meeting before it as things stand today, as issuing would.
            ApprovalItem.Refresh(meeting.Agenda.First(i => i.Generated), await meetings.PreviousMeetingDateAsync(meeting.Date, context.CancellationToken));
        }

        return await NoticeAsync(meeting, context.CancellationToken);
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.Minutes> RecordMinutes(RecordMinutesRequest request, ServerCallContext context)
    {
        var meeting = await meetings.RecordMinutesAsync(
            RequestFields.Meeting(request.MeetingId),
            request.Attendance?.Present ?? [],
            request.Attendance?.Absent ?? [],
            request.Resolutions.Select(r => (r.ItemId, r.AdoptedResolution)).ToList(),
            context.CancellationToken);
        return meeting.ToMinutes();
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<Wire.Minutes> GetMinutes(GetMinutesRequest request, ServerCallContext context) =>
        (await meetings.LoadAsync(RequestFields.Meeting(request.MeetingId), context.CancellationToken)).ToMinutes();

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<GenerateMeetingPlanResponse> GenerateMeetingPlan(GenerateMeetingPlanRequest request, ServerCallContext context)
    {
        var year = Hemit.BuildingBlocks.Grpc.InvalidArgument.RequireYear(request.Year);
        var problems = new Problems();
        var drafts = request.Meetings.Select((m, i) => ReadMeeting(m.Date, m.Place,
            new MeetingPart { Start = m.Start, End = m.End }, null, $"meetings[{i}].", problems)).ToList();
        problems.ThrowIfAny();
        var response = new GenerateMeetingPlanResponse { Year = year };
        response.Meetings.AddRange((await planner.GenerateAsync(year, drafts, context.CancellationToken)).Select(m => m.ToWire()));
        return response;
    }

    private async Task<Wire.Notice> NoticeAsync(BoardMeeting meeting, CancellationToken cancellationToken)
    {
        var movedHere = await db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingDate == meeting.Date && i.MovedFrom != null && i.Status == Meetings.AgendaItemStatus.Active)
            .ToListAsync(cancellationToken);
        return MeetingNotice.Of(meeting, BoardCalendar.Today(time), board.Value, movedHere).ToWire();
    }

    private static MeetingDraft ReadMeeting(string date, string place, MeetingPart? boardPart, MeetingPart? seminar, string prefix, Problems problems)
    {
        var meetingDate = RequestFields.Date(date, prefix + "date", problems);
        var boardSlot = default(TimeSlot);
        if (boardPart is null)
        {
            problems.Add(prefix + "board", "a meeting needs its board part's start and end");
        }
        else
        {
            boardSlot = RequestFields.Slot(boardPart.Start, boardPart.End, prefix + "board.", problems);
        }

        TimeSlot? seminarSlot = seminar is null || (seminar.Start.Length == 0 && seminar.End.Length == 0)
            ? null
            : RequestFields.Slot(seminar.Start, seminar.End, prefix + "seminar.", problems);
        return new MeetingDraft(meetingDate, place, boardSlot, seminarSlot, seminar?.Title ?? string.Empty, seminar?.Programme.ToList() ?? []);
    }
}
