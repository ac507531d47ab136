using Hemit.Governance.Meetings;

namespace Hemit.Governance.Tests.Meetings;

/// <summary>The generated first item names the previous meeting's minutes, or only notice and agenda when there was none.</summary>
public sealed class ApprovalItemTests
{
    [Fact]
    public void The_first_item_approves_the_previous_meetings_minutes_by_its_date() =>
        Assert.Equal("Godkjenning av innkalling, agenda og møteprotokoll av 29.10.2021", ApprovalItem.Title(new DateOnly(2021, 10, 29)));

    [Fact]
    public void The_boards_very_first_meeting_approves_only_notice_and_agenda() =>
        Assert.Equal("Godkjenning av innkalling og agenda", ApprovalItem.Title(null));

    [Fact]
    public void The_generated_item_opens_the_board_part_for_five_minutes_and_attaches_the_minutes()
    {
        var meeting = BoardMeetings.Build(new MeetingDraft(new DateOnly(2021, 11, 19), "Gråkallen",
            new TimeSlot(new(12, 0), new(14, 0)), new TimeSlot(new(10, 0), new(12, 0)), "Styreseminar", ["Økonomimodell"]), new DateOnly(2021, 10, 29));

        var first = Assert.Single(meeting.Agenda);
        Assert.Equal(("1200-1205", true, 1), (first.Slot.Compact, first.Generated, first.Position));
        Assert.Equal(["Møteprotokoll av 29.10.2021"], first.Attachments);
    }
}
