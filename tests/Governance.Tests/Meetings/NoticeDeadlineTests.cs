using Hemit.Governance.Meetings;

namespace Hemit.Governance.Tests.Meetings;

/// <summary>A notice must go out at least seven days before the meeting; a later one says by how many days it is late.</summary>
public sealed class NoticeDeadlineTests
{
    private static readonly DateOnly November19 = new(2021, 11, 19);

    [Fact]
    public void The_seeds_notice_of_12_November_for_19_November_is_exactly_in_time()
    {
        var deadline = new NoticeDeadline(new DateOnly(2021, 11, 12), November19);
        Assert.Equal((7, 0, false, new DateOnly(2021, 11, 12)), (deadline.DaysBefore, deadline.LateByDays, deadline.IsLate, deadline.LatestInTime));
    }

    [Theory]
    [InlineData(13, 1)]
    [InlineData(15, 3)]
    [InlineData(19, 7)]
    public void A_notice_sent_later_is_late_by_the_missing_days(int day, int lateBy)
    {
        var deadline = new NoticeDeadline(new DateOnly(2021, 11, day), November19);
        Assert.Equal((true, lateBy), (deadline.IsLate, deadline.LateByDays));
    }

    [Fact]
    public void A_notice_sent_earlier_is_not_late() =>
        Assert.Equal(0, new NoticeDeadline(new DateOnly(2021, 11, 1), November19).LateByDays);
}
