using System.Text.RegularExpressions;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>The working-time provisions (arbeidstidsbestemmelsene, AML kap. 10) a violation can break, as PRS records them.</summary>
public static partial class WorkingTimeRules
{
    public const string UnspecifiedCause = "unspecified";

    /// <summary>Rule code and the Norwegian name the board reads.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["daily_rest"] = "Daglig hviletid",
        ["weekly_rest"] = "Ukentlig hviletid",
        ["max_hours_day"] = "Maks arbeidstid per dag",
        ["max_hours_week"] = "Maks arbeidstid per uke",
        ["overtime"] = "Overtid utover grensene",
        ["night_work"] = "Nattarbeid",
        ["sunday_work"] = "Søn- og helgedagsarbeid",
    };

    public static string? RuleProblem(string? rule) =>
        rule is not null && All.ContainsKey(rule)
            ? null
            : $"'{rule}' is not a working-time rule; use one of {string.Join(", ", All.Keys)}";

    /// <summary>Causes are free codes (on_call_callout, incident, deployment, …) so new ones need no release.</summary>
    public static string? CauseProblem(string cause) =>
        CauseCode().IsMatch(cause) ? null : $"'{cause}' is not a cause code: use lower-case letters, digits and '_', e.g. on_call_callout";

    public static string NormaliseCause(string? cause) =>
        string.IsNullOrWhiteSpace(cause) ? UnspecifiedCause : cause.Trim();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex CauseCode();
}
