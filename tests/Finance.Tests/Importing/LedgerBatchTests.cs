using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Ledger;

namespace Hemit.Finance.Tests.Importing;

/// <summary>A pushed ledger batch is judged whole before anything is written: every bad row is named, with its row number.</summary>
public class LedgerBatchTests
{
    private static LedgerLine Line(int month, string line, decimal amount) => new()
    {
        Period = Period.Of(2021, month),
        Line = line,
        Scenario = Scenario.Actual,
        Amount = Money.FromDecimal(amount),
    };

    [Fact]
    public void The_same_period_line_and_scenario_twice_is_refused_naming_the_first_row()
    {
        var batch = LedgerRowValidator.Batch.Check([
            Line(10, "salaries_permanent", 1_000m), Line(9, "salaries_permanent", 900m), Line(10, "salaries_permanent", 1_100m)]);

        var rejection = Assert.Single(batch.Rejections);
        Assert.Equal((3L, "line"), (rejection.Row, rejection.Field));
        Assert.Contains("2021-10 salaries_permanent actual", rejection.Reason);
        Assert.Contains("first in row 1", rejection.Reason);
        Assert.Equal(2, batch.Rows.Count);
    }

    [Fact]
    public void Every_bad_row_is_named_and_an_amount_of_mixed_sign_is_not_an_amount()
    {
        var mixedSign = Line(10, "salaries_permanent", 1m);
        mixedSign.Amount = new Money { Units = 5, Nanos = -10_000_000 };

        var batch = LedgerRowValidator.Batch.Check([Line(10, "no_such_line", 1m), Line(10, "other_operating_costs", 1m), mixedSign]);

        Assert.Equal([(1L, "line"), (3L, "amount")], batch.Rejections.Select(r => (r.Row, r.Field)));
        Assert.Contains("not a valid amount", batch.Rejections[1].Reason);
    }
}
