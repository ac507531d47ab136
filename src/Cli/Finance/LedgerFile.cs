using Hemit.Cli.Importing;
using Hemit.Contracts.Finance.V1;

namespace Hemit.Cli.Finance;

/// <summary>The ledger import file: <c>period,line,scenario,amount</c>, one amount in NOK per row.</summary>
public static class LedgerFile
{
    public static readonly ImportFileLayout Layout = new("period", "line", "scenario", "amount");

    public static LedgerLine ToMessage(CsvRow row) => new()
    {
        Period = row.Period("period"),
        Line = row.Text("line"),
        Scenario = ScenarioOf(row),
        Amount = FinanceCells.Nok(row, "amount"),
    };

    private static Scenario ScenarioOf(CsvRow row) => row.Text("scenario") switch
    {
        "" => Scenario.Unspecified,
        var text => text.ToLowerInvariant() switch
        {
            "actual" => Scenario.Actual,
            "budget" => Scenario.Budget,
            "forecast" => Scenario.Forecast,
            _ => row.Refuse("scenario", $"'{text}' is not a scenario; write actual, budget or forecast", Scenario.Unspecified),
        },
    };
}
