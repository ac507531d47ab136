using System.Text.RegularExpressions;
using Hemit.BuildingBlocks.Data;
using Hemit.Governance.Calendar;
using Hemit.Governance.Data;
using Hemit.Governance.Refusals;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Meetings;

/// <summary>
/// The board secretary's work on meetings: create, put saker on the agenda, move them, issue the notice, record and
/// approve minutes. Every refusal is thrown before anything is saved. Every change of a year's meetings runs in one
/// transaction holding that year's lock (<see cref="LockSpace.BoardYear"/>), from reading the meeting to saving it, so
/// the same change arriving at two replicas at once runs one after the other: numbers N/YY and agenda positions are
/// handed out once, with no gap, and a second notice or a second meeting on a date is refused as it is in sequence.
/// </summary>
public sealed partial class BoardMeetings(GovernanceDbContext db, IAgendaNumberSeries numbers, TimeProvider time)
{
    public async Task<BoardMeeting> CreateAsync(MeetingDraft draft, CancellationToken cancellationToken)
    {
        var problems = new Problems();
        Validate(draft, string.Empty, problems);
        problems.ThrowIfAny();
        return await InYearsAsync([draft.Date.Year], async ct =>
        {
            await RequireFreeDateAsync(draft.Date, ct);
            var meeting = Build(draft, await PreviousMeetingDateAsync(draft.Date, ct));
            db.BoardMeetings.Add(meeting);
            return meeting;
        }, cancellationToken);
    }

    /// <summary>Refuses a date that has a meeting already, or that lies before a meeting already called.</summary>
    public async Task RequireFreeDateAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (await db.BoardMeetings.AnyAsync(m => m.Date == date, cancellationToken))
        {
            throw new StateConflictException("MEETING_EXISTS", Subject(date), $"The board already has a meeting on {BoardCalendar.Norwegian(date)}.");
        }

        var calledLater = await db.BoardMeetings.Where(m => m.Date > date && m.State != MeetingState.Draft)
            .OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken);
        if (calledLater is { } later)
        {
            throw new StateConflictException("LATER_MEETING_CALLED", Subject(later),
                $"The meeting of {BoardCalendar.Norwegian(later)} is called already and its first item approves the minutes of the meeting before it; " +
                $"a meeting on {BoardCalendar.Norwegian(date)} cannot be put before it.");
        }
    }

    /// <param name="prefix">Where the meeting sits in the request, for field paths ("" or e.g. "meetings[2].").</param>
    public static void Validate(MeetingDraft draft, string prefix, Problems problems)
    {
        problems.Require(draft.Place.Trim().Length > 0, prefix + "place", "a meeting needs a place (møtested)");
        problems.Require(draft.Board.IsOrdered, prefix + "board.end", $"the board part must end after it starts ({draft.Board})");
        if (draft.Seminar is { } seminar)
        {
            problems.Require(seminar.IsOrdered, prefix + "seminar.end", $"the seminar must end after it starts ({seminar})");
            problems.Require(seminar.End <= draft.Board.Start || seminar.Start >= draft.Board.End, prefix + "seminar.start",
                $"the seminar ({seminar}) overlaps the board part ({draft.Board})");
        }
    }

    /// <summary>A draft meeting with its generated first item.</summary>
    public static BoardMeeting Build(MeetingDraft draft, DateOnly? previousMeeting)
    {
        var meeting = new BoardMeeting
        {
            Date = draft.Date,
            Place = draft.Place.Trim(),
            BoardStart = draft.Board.Start,
            BoardEnd = draft.Board.End,
            SeminarStart = draft.Seminar?.Start,
            SeminarEnd = draft.Seminar?.End,
            SeminarTitle = draft.Seminar is null ? string.Empty : draft.SeminarTitle.Trim(),
            SeminarProgramme = draft.Seminar is null ? [] : draft.Programme.Select(p => p.Trim()).Where(p => p.Length > 0).ToList(),
        };
        meeting.Items.Add(ApprovalItem.For(meeting, previousMeeting));
        return meeting;
    }

    /// <param name="fieldPrefix">Where the item sits in the request, for field paths ("" or e.g. "items[2].").</param>
    public Task<AgendaItem> AddItemAsync(DateOnly meetingDate, ItemDraft draft, CancellationToken cancellationToken, string fieldPrefix = "") =>
        InYearsAsync([meetingDate.Year], ct => AddItemLockedAsync(meetingDate, draft, fieldPrefix, ct), cancellationToken);

    private async Task<AgendaItem> AddItemLockedAsync(DateOnly meetingDate, ItemDraft draft, string fieldPrefix, CancellationToken cancellationToken)
    {
        var meeting = await LoadAsync(meetingDate, cancellationToken);
        RequireOpenAgenda(meeting);
        Validate(meeting, draft, fieldPrefix);

        var item = new AgendaItem
        {
            MeetingDate = meeting.Date,
            Position = meeting.Items.Where(i => i.Status == AgendaItemStatus.Active).Select(i => i.Position).DefaultIfEmpty(0).Max() + 1,
            Type = draft.Type,
            Start = draft.Slot.Start,
            End = draft.Slot.End,
            Title = draft.Title.Trim(),
            CaseHandler = draft.CaseHandler.Trim(),
            ResponsibleManager = draft.ResponsibleManager.Trim(),
            CaseFolder = draft.CaseFolder.Trim(),
            ProposedResolution = draft.ProposedResolution.Trim(),
            Attachments = draft.Attachments.Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
            CeoRecommendation = draft.CeoRecommendation.Trim(),
        };
        // Added to the context, not only to the meeting: its id is set already, so EF would take it for a stored row.
        // Tracking it puts it in meeting.Items (navigation fix-up).
        db.AgendaItems.Add(item);
        // A sak added after the notice is out gets its number at once (a supplementary notice lists it).
        var pending = meeting.State == MeetingState.Called ? AgendaNumbering.Unnumbered(meeting) : [];
        await AgendaNumbering.AssignAsync(pending, meeting.Date.Year, numbers, cancellationToken);
        return item;
    }

    /// <summary>
    /// Moves a sak to another meeting. A sak not yet numbered is numbered with its new meeting. A numbered sak keeps its
    /// number (minutes and letters cite it), and its old meeting keeps a "flyttet" line so its numbering has no silent gap.
    /// </summary>
    public async Task<AgendaItem> MoveItemAsync(Guid itemId, DateOnly targetDate, TimeSlot? slot, CancellationToken cancellationToken)
    {
        var from = await db.AgendaItems.AsNoTracking().Where(i => i.Id == itemId && i.Status == AgendaItemStatus.Active)
            .Select(i => (DateOnly?)i.MeetingDate).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"agendaItems/{itemId}");
        return await InYearsAsync([from.Year, targetDate.Year], ct => MoveItemLockedAsync(itemId, targetDate, slot, ct), cancellationToken);
    }

    private async Task<AgendaItem> MoveItemLockedAsync(Guid itemId, DateOnly targetDate, TimeSlot? slot, CancellationToken cancellationToken)
    {
        // Read again under the lock: another replica may have moved it meanwhile.
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId && i.Status == AgendaItemStatus.Active, cancellationToken)
            ?? throw new NotFoundException($"agendaItems/{itemId}");
        if (item.Generated)
        {
            throw new StateConflictException("GENERATED_ITEM", $"agendaItems/{itemId}", "The first item of a meeting is generated for that meeting and cannot be moved.");
        }

        var source = await LoadAsync(item.MeetingDate, cancellationToken);
        var target = await LoadAsync(targetDate, cancellationToken);
        if (source.Date == target.Date)
        {
            throw new InvalidRequestException([new FieldProblem("target_meeting_id", "the item is on that meeting already")]);
        }

        RequireOpenAgenda(source);
        RequireOpenAgenda(target);
        var newSlot = slot ?? item.Slot;
        var problems = new Problems();
        problems.Require(newSlot.IsOrdered, "end", $"the time slot must end after it starts ({newSlot})");
        problems.Require(newSlot.Within(target.BoardPart), slot is null ? "target_meeting_id" : "start",
            $"the time slot {newSlot} is outside the board part of {BoardCalendar.Norwegian(target.Date)} ({target.BoardPart}); give the item a slot on the new meeting");
        problems.ThrowIfAny();

        if (item.Number is not null)
        {
            db.AgendaItems.Add(new AgendaItem
            {
                MeetingDate = source.Date,
                Position = item.Position,
                Number = item.Number,
                Type = item.Type,
                Start = item.Start,
                End = item.End,
                Title = item.Title,
                Status = AgendaItemStatus.Moved,
                MovedTo = target.Date,
            });
        }

        item.MeetingDate = target.Date;
        item.MovedFrom = source.Date;
        item.Start = newSlot.Start;
        item.End = newSlot.End;
        item.Position = target.Items.Where(i => i.Status == AgendaItemStatus.Active).Select(i => i.Position).DefaultIfEmpty(0).Max() + 1;
        source.Items.Remove(item);
        target.Items.Add(item);
        var pending = target.State == MeetingState.Called ? AgendaNumbering.Unnumbered(target) : [];
        await AgendaNumbering.AssignAsync(pending, target.Date.Year, numbers, cancellationToken);
        return item;
    }

    /// <summary>
    /// Calls the meeting: numbers its saker, brings the first item up to date with the meeting before, and dates the
    /// notice today. Meetings are called in date order so the year's numbers follow the calendar.
    /// </summary>
    public Task<BoardMeeting> IssueNoticeAsync(DateOnly meetingDate, CancellationToken cancellationToken) =>
        InYearsAsync([meetingDate.Year], ct => IssueNoticeLockedAsync(meetingDate, ct), cancellationToken);

    private async Task<BoardMeeting> IssueNoticeLockedAsync(DateOnly meetingDate, CancellationToken cancellationToken)
    {
        var meeting = await LoadAsync(meetingDate, cancellationToken);
        var today = BoardCalendar.Today(time);
        if (meeting.State != MeetingState.Draft)
        {
            throw new StateConflictException("ALREADY_CALLED", Subject(meeting.Date),
                $"The meeting of {BoardCalendar.Norwegian(meeting.Date)} was called on {BoardCalendar.Norwegian(meeting.NoticeIssuedOn ?? meeting.Date)}; its notice stands.");
        }

        if (meeting.Date < today)
        {
            throw new StateConflictException("MEETING_IN_PAST", Subject(meeting.Date),
                $"The meeting of {BoardCalendar.Norwegian(meeting.Date)} is in the past (today is {BoardCalendar.Norwegian(today)}); it cannot be called.");
        }

        var yearStart = new DateOnly(meeting.Date.Year, 1, 1);
        var earlierDraft = await db.BoardMeetings.Where(m => m.Date >= yearStart && m.Date < meeting.Date && m.State == MeetingState.Draft)
            .OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken);
        if (earlierDraft is { } earlier)
        {
            throw new StateConflictException("EARLIER_MEETING_NOT_CALLED", Subject(earlier),
                $"The meeting of {BoardCalendar.Norwegian(earlier)} is still a draft; call a year's meetings in date order so its numbers follow the calendar.");
        }

        var problems = new Problems();
        foreach (var (item, index) in meeting.Agenda.Select((item, index) => (item, index)))
        {
            problems.Require(item.Slot.Within(meeting.BoardPart), $"items[{index}].start",
                $"«{item.Title}» ({item.Slot}) is outside the board part ({meeting.BoardPart})");
        }

        problems.ThrowIfAny();
        ApprovalItem.Refresh(meeting.Agenda.First(i => i.Generated), await PreviousMeetingDateAsync(meeting.Date, cancellationToken));
        meeting.State = MeetingState.Called;
        meeting.NoticeIssuedOn = today;
        await AgendaNumbering.AssignAsync(AgendaNumbering.Unnumbered(meeting), meeting.Date.Year, numbers, cancellationToken);
        return meeting;
    }

    /// <summary>
    /// Records the minutes: attendance and each sak's resolution (the proposal unless one is given). Adopting the first
    /// item approves the previous meeting's minutes, which are final from then on.
    /// </summary>
    public async Task<BoardMeeting> RecordMinutesAsync(
        DateOnly meetingDate, IReadOnlyList<string> present, IReadOnlyList<string> absent,
        IReadOnlyList<(string ItemId, string Resolution)> resolutions, CancellationToken cancellationToken)
    {
        var meeting = await LoadAsync(meetingDate, cancellationToken);
        if (meeting.IsFinal)
        {
            throw new StateConflictException("MINUTES_APPROVED", Subject(meeting.Date),
                $"The minutes of {BoardCalendar.Norwegian(meeting.Date)} were approved at the meeting of " +
                $"{BoardCalendar.Norwegian(meeting.MinutesApprovedAt ?? meeting.Date)}; approved minutes cannot be edited.");
        }

        if (meeting.State == MeetingState.Draft)
        {
            throw new StateConflictException("NOT_CALLED", Subject(meeting.Date),
                $"The meeting of {BoardCalendar.Norwegian(meeting.Date)} has not been called; issue its notice first.");
        }

        var today = BoardCalendar.Today(time);
        if (meeting.Date > today)
        {
            throw new StateConflictException("MEETING_NOT_HELD_YET", Subject(meeting.Date),
                $"The meeting of {BoardCalendar.Norwegian(meeting.Date)} has not taken place yet (today is {BoardCalendar.Norwegian(today)}).");
        }

        var problems = new Problems();
        problems.Require(present.Any(p => p.Trim().Length > 0), "attendance.present", "the minutes must say who was present");
        var agenda = meeting.Agenda.ToDictionary(i => i.Id.ToString());
        var given = new Dictionary<string, string>();
        for (var i = 0; i < resolutions.Count; i++)
        {
            var (itemId, resolution) = resolutions[i];
            if (problems.Require(agenda.ContainsKey(itemId), $"resolutions[{i}].item_id", $"no item {itemId} on the agenda of {BoardCalendar.Norwegian(meeting.Date)}"))
            {
                problems.Require(given.TryAdd(itemId, resolution.Trim()), $"resolutions[{i}].item_id", "the item has a resolution earlier in the request");
            }
        }

        problems.ThrowIfAny();

        var previous = await db.BoardMeetings.Where(m => m.Date < meeting.Date).OrderByDescending(m => m.Date).FirstOrDefaultAsync(cancellationToken);
        if (previous is not null && previous.State == MeetingState.Called)
        {
            throw new StateConflictException("PREVIOUS_MINUTES_MISSING", Subject(previous.Date),
                $"The first item approves the minutes of {BoardCalendar.Norwegian(previous.Date)}, which are not recorded yet.");
        }

        meeting.Present = present.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        meeting.Absent = absent.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        foreach (var item in meeting.Agenda)
        {
            item.AdoptedResolution = given.TryGetValue(item.Id.ToString(), out var resolution) && resolution.Length > 0
                ? resolution
                : item.AdoptedResolution ?? item.ProposedResolution;
        }

        meeting.State = MeetingState.Held;
        if (previous is { State: MeetingState.Held })
        {
            previous.State = MeetingState.MinutesApproved;
            previous.MinutesApprovedAt = meeting.Date;
        }

        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    public async Task<BoardMeeting> LoadAsync(DateOnly date, CancellationToken cancellationToken) =>
        await db.BoardMeetings.Include(m => m.Items).FirstOrDefaultAsync(m => m.Date == date, cancellationToken)
        ?? throw new NotFoundException(Subject(date));

    public Task<List<BoardMeeting>> ListAsync(int year, CancellationToken cancellationToken) =>
        db.BoardMeetings.AsNoTracking().Include(m => m.Items)
            .Where(m => m.Date >= new DateOnly(year, 1, 1) && m.Date <= new DateOnly(year, 12, 31))
            .OrderBy(m => m.Date).ToListAsync(cancellationToken);

    public Task<DateOnly?> PreviousMeetingDateAsync(DateOnly date, CancellationToken cancellationToken) =>
        db.BoardMeetings.Where(m => m.Date < date).OrderByDescending(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken);

    public static string Subject(DateOnly date) => $"meetings/{BoardCalendar.IsoText(date)}";

    private static void RequireOpenAgenda(BoardMeeting meeting)
    {
        if (meeting.State is MeetingState.Held or MeetingState.MinutesApproved)
        {
            throw new StateConflictException("MEETING_HELD", Subject(meeting.Date),
                $"The meeting of {BoardCalendar.Norwegian(meeting.Date)} has been held; its agenda is closed.");
        }
    }

    private static void Validate(BoardMeeting meeting, ItemDraft draft, string prefix)
    {
        var problems = new Problems();
        problems.Require(draft.Title.Trim().Length > 0, prefix + "title", "an item needs a title (saksliste text)");
        if (problems.Require(draft.Slot.IsOrdered, prefix + "end", $"the time slot must end after it starts ({draft.Slot})"))
        {
            problems.Require(draft.Slot.Within(meeting.BoardPart), prefix + "start",
                $"the time slot {draft.Slot} is outside the board part of {BoardCalendar.Norwegian(meeting.Date)} ({meeting.BoardPart})");
        }

        problems.Require(draft.CaseFolder.Trim().Length == 0 || CaseFolderText().IsMatch(draft.CaseFolder.Trim()), prefix + "case_folder",
            $"a case folder (saksmappe) is written year/number, e.g. 2021/996; got «{draft.CaseFolder}»");
        problems.ThrowIfAny();
    }

    /// <summary>
    /// Runs a change of the given years' meetings in one transaction holding their locks (<see cref="LockedTransaction"/>):
    /// load inside <paramref name="change"/>, as a retried attempt starts from an empty change tracker.
    /// </summary>
    public Task<T> InYearsAsync<T>(IReadOnlyCollection<int> years, Func<CancellationToken, Task<T>> change, CancellationToken cancellationToken) =>
        LockedTransaction.RunAsync(db, LockSpace.BoardYear, years, change, cancellationToken);

    [GeneratedRegex("^[0-9]{4}/[0-9]+$")]
    private static partial Regex CaseFolderText();
}
