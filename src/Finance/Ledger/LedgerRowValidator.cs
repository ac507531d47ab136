using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Importing;
using Hemit.Finance.IncomeStatements;

namespace Hemit.Finance.Ledger;

/// <summary>Checks pushed ledger lines: every line sound (a real month, a posted line, a scenario, an amount), each period + line + scenario once.</summary>
public static class LedgerRowValidator
{
    public static readonly BatchRules<LedgerLine, LedgerEntry, (int, int, string, string)> Batch = new("Ledger import", Validate,
        r => (r.Year, r.Month, r.LineCode, r.Scenario), r => ("line", $"{r.Year:D4}-{r.Month:D2} {r.LineCode} {r.Scenario}"));

    /// <summary>Checks one pushed line; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static LedgerEntry? Validate(LedgerLine line, long row, RowRejections rejections)
    {
        var ok = true;
        if (line.Period is null || !line.Period.IsValid)
        {
            rejections.Add(row, "period", line.Period is null ? "missing; give the month as YYYY-MM" : $"{line.Period.Year}-{line.Period.Month} is not a real month");
            ok = false;
        }

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

        var scenario = line.Scenario switch
        {
            Scenario.Actual => "actual",
            Scenario.Budget => "budget",
            Scenario.Forecast => "forecast",
            _ => null,
        };
        if (scenario is null)
        {
            rejections.Add(row, "scenario", "missing or unknown; use actual, budget or forecast");
            ok = false;
        }

        ok &= AmountRules.TryRead(line.Amount, required: true, row, "amount", rejections, out var amount);
        return ok
            ? new LedgerEntry { Year = line.Period!.Year, Month = line.Period.Month, LineCode = line.Line!, Scenario = scenario!, Amount = amount!.Value }
            : null;
    }
}
