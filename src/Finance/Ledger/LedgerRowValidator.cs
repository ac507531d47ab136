using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.IncomeStatements;

namespace Hemit.Finance.Ledger;

/// <summary>Checks pushed ledger lines: every line sound (a real month, a posted line, a scenario, an amount), each period + line + scenario once.</summary>
public static class LedgerRowValidator
{
    public static readonly BatchRules<LedgerLine, LedgerEntry, (int, int, string, LedgerScenario)> Batch = new("Ledger import", "lines", Validate,
        r => (r.Year, r.Month, r.LineCode, r.Scenario), r => ("line", $"{r.Year:D4}-{r.Month:D2} {r.LineCode} {r.Scenario.ToText()}"));

    /// <summary>Checks one pushed line; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static LedgerEntry? Validate(LedgerLine line, long row, RowRejections rejections)
    {
        var ok = rejections.CheckPeriod(row, "period", line.Period);

        var reportLine = IncomeStatementLines.Catalogue.Find(line.Line ?? string.Empty);
        if (string.IsNullOrWhiteSpace(line.Line))
        {
            rejections.Add(row, "line", "missing; give a line code such as salaries_permanent");
            ok = false;
        }
        else if (reportLine is null)
        {
            rejections.Add(row, "line", $"'{line.Line}' is not a line of the income statement; use one of: {string.Join(", ", IncomeStatementLines.Catalogue.PostedLines.Select(l => l.Code))}");
            ok = false;
        }
        else if (reportLine.IsSum)
        {
            rejections.Add(row, "line", $"'{line.Line}' ({reportLine.Name}) is a sum line; sum lines are computed, never pushed");
            ok = false;
        }

        LedgerScenario? scenario = line.Scenario switch
        {
            Scenario.Actual => LedgerScenario.Actual,
            Scenario.Budget => LedgerScenario.Budget,
            Scenario.Forecast => LedgerScenario.Forecast,
            _ => null,
        };
        if (scenario is null)
        {
            rejections.Add(row, "scenario", "missing or unknown; use actual, budget or forecast");
            ok = false;
        }

        ok &= AmountRules.TryRead(line.Amount, required: true, row, "amount", rejections, out var amount);
        return ok
            ? new LedgerEntry { Year = line.Period!.Year, Month = line.Period.Month, LineCode = line.Line!, Scenario = scenario!.Value, Amount = amount!.Value }
            : null;
    }
}
