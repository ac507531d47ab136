using Hemit.BuildingBlocks;
using Hemit.HrMetrics.WorkingTime;

namespace Hemit.HrMetrics.Tests.Staffing;

/// <summary>Names sorted as Norwegians read them: … x, y, z, æ, ø, å (ICU's nb-NO collation, not ordinal order).</summary>
public sealed class NorwegianOrderTests
{
    [Fact]
    public void Aalesund_comes_after_Oestmarka_after_Zeta()
    {
        Assert.Equal(["Zeta", "Æra", "Østmarka", "Ålesund"], new[] { "Ålesund", "Østmarka", "Zeta", "Æra" }.Order(NorwegianCollation.Comparer));
    }

    [Fact]
    public void Units_with_the_same_count_of_violations_are_listed_in_norwegian_order()
    {
        var entries = new[] { "Ålesund", "Østmarka", "Zeta" }
            .Select(unit => new WorkingTimeViolationEntry { Year = 2025, Month = 1, Unit = unit, Rule = WorkingTimeRule.DailyRest, Cause = ViolationCause.Incident, Count = 3 })
            .ToList();

        var report = WorkingTimeViolationReport.Build(entries, 2025, "", 2024, 20m);

        Assert.Equal(["Zeta", "Østmarka", "Ålesund"], report.ByUnit.Select(u => u.Key));
    }
}
