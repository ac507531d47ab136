using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Tests.Commands;

/// <summary>Years, months and tertials have one rule and one sentence each, for what a person types and what a service receives.</summary>
public sealed class CalendarRulesTests
{
    [Theory]
    [InlineData(0, "missing; give the year, e.g. 2022")]
    [InlineData(1899, "1899 is not a year between 1900 and 2999")]
    [InlineData(21, "21 is not a year between 1900 and 2999")]
    public void A_year_outside_1900_to_2999_has_one_sentence(int year, string problem)
    {
        Assert.Equal(problem, CalendarRules.YearProblem(year));
        Assert.Null(CalendarRules.YearProblem(2021));
    }

    [Theory]
    [InlineData("2021-10", 2021, 10)]
    [InlineData(" 2021-01 ", 2021, 1)]
    public void A_period_is_read_as_YYYY_MM(string text, int year, int month)
    {
        Assert.True(Period.TryParse(text, out var period, out var reason), reason);
        Assert.Equal((year, month), (period.Year, period.Month));
    }

    [Theory]
    [InlineData("2021-13", "'2021-13' is not a real month")]
    [InlineData("1899-12", "'1899-12' is not a real month")]
    [InlineData("2021-1", "'2021-1' is not a period; write YYYY-MM, e.g. 2021-10")]
    [InlineData("okt. 2021", "'okt. 2021' is not a period; write YYYY-MM, e.g. 2021-10")]
    public void A_bad_period_typed_or_pushed_gets_the_same_sentence(string text, string reason)
    {
        Assert.False(Period.TryParse(text, out _, out var typed));
        Assert.Equal(reason, typed);
        if (text.Length == 7 && text[4] == '-')
        {
            // The same month pushed as a message is refused with the very same words.
            Assert.Equal(reason, CalendarRules.PeriodProblem(Period.Of(int.Parse(text[..4]), int.Parse(text[5..]))));
        }
    }

    [Theory]
    [InlineData("2021-T3", true, "")]
    [InlineData("2021-T4", false, "T4 is not a tertial; a year has T1 (January-April), T2 (May-August) and T3 (September-December)")]
    [InlineData("2021-3", false, "'2021-3' is not a tertial; write YYYY-T1, YYYY-T2 or YYYY-T3, e.g. 2021-T3")]
    public void A_tertial_is_YYYY_T1_to_T3(string text, bool ok, string reason)
    {
        Assert.Equal(ok, CalendarRules.TryParseTertial(text, out var year, out var number, out var why));
        Assert.Equal(reason, why);
        if (ok)
        {
            Assert.Equal((2021, 3), (year, number));
        }
    }
}
