using Hemit.Governance.Meetings;

namespace Hemit.Governance.Tests.Meetings;

/// <summary>Saker are numbered N/YY when a notice is issued: on across the year's meetings, from 1 again each year, never reused.</summary>
public sealed class AgendaNumberingTests
{
    /// <summary>The year's counter as agenda_number_series keeps it, in memory.</summary>
    private sealed class Series : IAgendaNumberSeries
    {
        private readonly Dictionary<int, int> _last = [];

        public Task<int> ReserveAsync(int year, int count, CancellationToken cancellationToken)
        {
            var last = _last.GetValueOrDefault(year) + count;
            _last[year] = last;
            return Task.FromResult(last - count + 1);
        }
    }

    private static BoardMeeting Meeting(DateOnly date, int items)
    {
        var meeting = BoardMeetings.Build(new MeetingDraft(date, "Møterom Gråkallen", new TimeSlot(new(12, 0), new(16, 0)), null, "", []), null);
        for (var i = 0; i < items; i++)
        {
            meeting.Items.Add(new AgendaItem { MeetingDate = date, Position = i + 2, Title = $"Sak {i + 2}", Start = new(13, 0), End = new(13, 10) });
        }

        return meeting;
    }

    private static IEnumerable<string> Numbers(BoardMeeting meeting) => meeting.Agenda.Select(i => i.Number?.ToString() ?? "");

    [Fact]
    public async Task Numbers_run_on_across_the_years_meetings_and_start_at_one_in_the_new_year()
    {
        var series = new Series();
        var october = Meeting(new DateOnly(2021, 10, 29), 5);
        var november = Meeting(new DateOnly(2021, 11, 19), 6);
        var january = Meeting(new DateOnly(2022, 1, 13), 3);

        await AgendaNumbering.NumberAsync(october, series, default);
        await AgendaNumbering.NumberAsync(november, series, default);
        await AgendaNumbering.NumberAsync(january, series, default);

        Assert.Equal(["1/21", "2/21", "3/21", "4/21", "5/21", "6/21"], Numbers(october));
        Assert.Equal(["7/21", "8/21", "9/21", "10/21", "11/21", "12/21", "13/21"], Numbers(november));
        Assert.Equal(["1/22", "2/22", "3/22", "4/22"], Numbers(january));
    }

    [Fact]
    public async Task An_item_added_after_the_notice_gets_the_next_number_and_numbered_items_keep_theirs()
    {
        var series = new Series();
        var november = Meeting(new DateOnly(2021, 11, 19), 2);
        await AgendaNumbering.NumberAsync(november, series, default);
        var later = Meeting(new DateOnly(2021, 12, 10), 1);
        await AgendaNumbering.NumberAsync(later, series, default);

        november.Items.Add(new AgendaItem { Position = 4, Title = "Tilleggssak", Start = new(13, 0), End = new(13, 5) });
        var numbered = await AgendaNumbering.NumberAsync(november, series, default);

        // 6/21 went to December's items; the supplementary sak takes the next free number, none is handed out twice.
        Assert.Equal("6/21", Assert.Single(numbered).Number.ToString());
        Assert.Equal(["1/21", "2/21", "3/21", "6/21"], Numbers(november));
    }

    [Fact]
    public void A_number_prints_as_the_board_paper_writes_it() =>
        Assert.Equal(("7/21", "13/21", "1/22", "2/09"),
            (new AgendaNumber(7, 2021).ToString(), new AgendaNumber(13, 2021).ToString(), new AgendaNumber(1, 2022).ToString(), new AgendaNumber(2, 2009).ToString()));
}
