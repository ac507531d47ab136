using Hemit.Governance.Calendar;
using Hemit.Governance.Data;
using Hemit.Governance.Meetings;
using Hemit.Governance.Refusals;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.AnnualCycle;

/// <summary>
/// Generates a year's meeting plan from the annual cycle: each planned meeting becomes a draft with its generated
/// first item and the cycle's recurring items one after the other. All meetings or none are written.
/// </summary>
public sealed class MeetingPlanner(GovernanceDbContext db, BoardMeetings meetings)
{
    public async Task<IReadOnlyList<BoardMeeting>> GenerateAsync(int year, IReadOnlyList<MeetingDraft> planned, CancellationToken cancellationToken)
    {
        var problems = new Problems();
        problems.Require(planned.Count > 0, "meetings", "a meeting plan needs at least one meeting");
        for (var i = 0; i < planned.Count; i++)
        {
            BoardMeetings.Validate(planned[i], $"meetings[{i}].", problems);
            problems.Require(planned[i].Date.Year == year, $"meetings[{i}].date", $"{BoardCalendar.Norwegian(planned[i].Date)} is not in {year}");
            problems.Require(planned.Take(i).All(p => p.Date != planned[i].Date), $"meetings[{i}].date", "the date is planned twice");
        }

        problems.ThrowIfAny();
        // Under the year's lock: the same plan sent to two replicas at once is written once, the second refused.
        return await meetings.InYearsAsync([year], async ct =>
        {
            foreach (var draft in planned)
            {
                await meetings.RequireFreeDateAsync(draft.Date, ct);
            }

            var ordered = planned.OrderBy(p => p.Date).ToList();
            var placed = AnnualCycleItems.Place(ordered.Select(p => p.Date).ToList(), AnnualCycleItems.Standard);
            var previous = await meetings.PreviousMeetingDateAsync(ordered[0].Date, ct);
            var built = new List<BoardMeeting>();
            foreach (var draft in ordered)
            {
                var meeting = BoardMeetings.Build(draft, previous);
                var next = meeting.Items[0].End;
                foreach (var item in placed.Where(p => p.Meeting == draft.Date))
                {
                    var end = next.AddMinutes(item.Item.Minutes);
                    if (end > meeting.BoardEnd || end < next)
                    {
                        problems.Add($"meetings[{planned.ToList().IndexOf(draft)}].board.end",
                            $"the board part ({meeting.BoardPart}) is too short for the annual cycle's items (they need until {end:HH:mm})");
                        break;
                    }

                    meeting.Items.Add(new AgendaItem
                    {
                        MeetingDate = meeting.Date,
                        Position = meeting.Items.Count + 1,
                        Type = item.Item.Type,
                        Start = next,
                        End = end,
                        Title = item.Title,
                    });
                    next = end;
                }

                built.Add(meeting);
                previous = draft.Date;
            }

            problems.ThrowIfAny();
            db.BoardMeetings.AddRange(built);
            return (IReadOnlyList<BoardMeeting>)built;
        }, cancellationToken);
    }
}
