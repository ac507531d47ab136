using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.Inbox;
using Hemit.Contracts.Events.Governance;
using Hemit.Governance.Calendar;
using Hemit.Governance.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Meetings;

/// <summary>
/// An approved status report goes to the board: "Statusrapport pr. &lt;måned&gt;" is placed as a decision item (B) on
/// the next meeting whose agenda is still open (draft or called; a called meeting numbers it at once, as a
/// supplementary notice), once however many versions are approved. With no such meeting yet, nothing is placed and the
/// log says so; the board secretary adds it when the meeting is planned.
/// </summary>
public sealed class StatusReportApprovedHandler : IdempotentConsumer<StatusReportApproved, GovernanceDbContext>
{
    private readonly BoardMeetings _meetings;
    private readonly ILogger _logger;

    public StatusReportApprovedHandler(
        GovernanceDbContext db, InboxTransactions<GovernanceDbContext> inbox, BoardMeetings meetings, ILogger<StatusReportApprovedHandler> logger)
        : base(db, inbox)
    {
        _meetings = meetings;
        _logger = logger;
    }

    public const string ResponsibleManager = "Administrerende direktør";
    public static readonly TimeSpan ItemLength = TimeSpan.FromMinutes(15);

    protected override async Task HandleAsync(StatusReportApproved message, ConsumeContext<StatusReportApproved> context)
    {
        var approvedOn = BoardCalendar.DateOf(message.CreatedAt);
        // The lock of the years the next meeting can be in, before looking: two replicas handling two approvals of one
        // report at once would otherwise both find no item with its title and both place it.
        await LockedTransaction.HoldAsync(Db, LockSpace.BoardYear, [approvedOn.Year, approvedOn.Year + 1], context.CancellationToken);
        var next = await Db.BoardMeetings.AsNoTracking()
            .Where(m => m.Date > approvedOn && (m.State == MeetingState.Draft || m.State == MeetingState.Called))
            .OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(context.CancellationToken);
        if (next is not { } date)
        {
            _logger.LogWarning("{Title} (version {Version}) was approved, but no board meeting after {Date} has an open agenda to place it on",
                message.Title, message.Version, approvedOn);
            return;
        }

        var meeting = await _meetings.LoadAsync(date, context.CancellationToken);
        if (meeting.Agenda.Any(i => i.Title == message.Title))
        {
            return;
        }

        await _meetings.AddItemAsync(date, new ItemDraft(
            AgendaItemType.Decision,
            SlotAfterLastItem(meeting),
            message.Title,
            CaseHandler: "",
            ResponsibleManager,
            CaseFolder: "",
            ProposedResolution: $"Styret tar {char.ToLowerInvariant(message.Title[0])}{message.Title[1..]} til orientering.",
            Attachments: [message.Title],
            CeoRecommendation: ""), context.CancellationToken);
    }

    /// <summary>The slot after the agenda's last item, within the board part (its last minutes when it is full).</summary>
    public static TimeSlot SlotAfterLastItem(BoardMeeting meeting)
    {
        var start = meeting.Agenda.Select(i => i.End).DefaultIfEmpty(meeting.BoardStart).Max();
        var latestStart = meeting.BoardEnd.Add(-ItemLength);
        if (start > latestStart)
        {
            start = latestStart < meeting.BoardStart ? meeting.BoardStart : latestStart;
        }

        var end = start.Add(ItemLength);
        return new TimeSlot(start, end > meeting.BoardEnd || end < start ? meeting.BoardEnd : end);
    }
}
