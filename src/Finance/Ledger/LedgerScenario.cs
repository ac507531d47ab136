namespace Hemit.Finance.Ledger;

/// <summary>Which figure a ledger amount is: faktisk, budsjett or prognose.</summary>
public enum LedgerScenario
{
    Actual,
    Budget,

    /// <summary>The full-year figure as forecast in the amount's month; the latest one up to the report month counts.</summary>
    Forecast,
}

public static class LedgerScenarioNames
{
    public static string ToText(this LedgerScenario scenario) => scenario switch
    {
        LedgerScenario.Actual => "actual",
        LedgerScenario.Budget => "budget",
        LedgerScenario.Forecast => "forecast",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
    };

    public static LedgerScenario Parse(string text) => text switch
    {
        "actual" => LedgerScenario.Actual,
        "budget" => LedgerScenario.Budget,
        "forecast" => LedgerScenario.Forecast,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown scenario."),
    };
}
