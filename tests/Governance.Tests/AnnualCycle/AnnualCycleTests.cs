using Hemit.Governance.AnnualCycle;

namespace Hemit.Governance.Tests.AnnualCycle;

/// <summary>The årshjul placed on the seed's six meeting dates for 2022 (sak 13/21).</summary>
public sealed class AnnualCycleTests
{
    private static readonly DateOnly[] Dates2022 =
        [new(2022, 1, 13), new(2022, 3, 23), new(2022, 6, 9), new(2022, 9, 15), new(2022, 10, 26), new(2022, 12, 1)];

    private static List<string> TitlesOn(IReadOnlyList<PlacedItem> placed, DateOnly meeting) =>
        placed.Where(p => p.Meeting == meeting).Select(p => p.Title).ToList();

    [Fact]
    public void Every_meeting_has_the_status_report_for_the_month_before()
    {
        var placed = AnnualCycleItems.Place(Dates2022, AnnualCycleItems.Standard);
        Assert.Equal(["desember", "februar", "mai", "august", "september", "november"],
            Dates2022.Select(d => TitlesOn(placed, d).Single(t => t.StartsWith("Statusrapport", StringComparison.Ordinal))["Statusrapport pr. ".Length..]));
    }

    [Fact]
    public void Tertial_reports_go_to_the_first_meeting_after_each_tertial()
    {
        var placed = AnnualCycleItems.Place(Dates2022, AnnualCycleItems.Standard);
        Assert.Contains("Tertialrapport T3 2021", TitlesOn(placed, Dates2022[0]));
        Assert.Contains("Tertialrapport T1 2022", TitlesOn(placed, Dates2022[2]));
        Assert.Contains("Tertialrapport T2 2022", TitlesOn(placed, Dates2022[3]));
        Assert.Equal(3, placed.Count(p => p.Title.StartsWith("Tertialrapport", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_annual_report_opens_the_year_and_the_budget_and_next_cycle_close_it()
    {
        var placed = AnnualCycleItems.Place(Dates2022.Reverse().ToList(), AnnualCycleItems.Standard);
        Assert.Contains("Årlig melding 2021", TitlesOn(placed, Dates2022[0]));
        Assert.Equal(["Budsjett 2023", "Årshjul og møteplan 2023"], TitlesOn(placed, Dates2022[^1]).TakeLast(2));
        Assert.Single(placed, p => p.Title.StartsWith("Budsjett", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_in_August_treats_June_and_July_together() =>
        Assert.Equal("juni og juli", AnnualCycleItems.StatusMonth(new DateOnly(2022, 8, 25)));
}
