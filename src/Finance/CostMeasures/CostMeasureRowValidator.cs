using Hemit.BuildingBlocks.Importing;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.CostMeasures;

/// <summary>Checks pushed cost-saving measures (tiltak): every row sound, each year + activity once.</summary>
public static class CostMeasureRowValidator
{
    public static readonly BatchRules<Wire.CostMeasure, CostMeasureEntry, (int, string)> Batch = new("Cost measure import", "cost_measures", Validate,
        r => (r.Year, r.Activity), r => ("activity", $"{r.Year} '{r.Activity}'"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static CostMeasureEntry? Validate(Wire.CostMeasure message, long row, RowRejections rejections)
    {
        var ok = rejections.CheckYear(row, "year", message.Year);
        var activity = message.Activity?.Trim() ?? string.Empty;
        ok &= rejections.CheckName(row, "activity", activity, "measure", "Felles innkjøp av lisenser");
        ok &= rejections.CheckFreeText(row, "status", message.Status);
        ok &= rejections.CheckFreeText(row, "next_step", message.NextStep);

        var entry = new CostMeasureEntry
        {
            Year = message.Year,
            Activity = activity,
            Status = message.Status?.Trim() ?? string.Empty,
            NextStep = message.NextStep?.Trim() ?? string.Empty,
        };
        switch (message.GainUnit)
        {
            case Wire.GainUnit.Nok:
                entry.GainUnit = GainUnit.Nok;
                ok &= AmountRules.TryRead(message.GainLow, required: true, row, "gain_low", rejections, out var low);
                ok &= AmountRules.TryRead(message.GainHigh, required: true, row, "gain_high", rejections, out var high);
                if (low > high)
                {
                    rejections.Add(row, "gain_high", $"{high} is below gain_low {low}; give the range low to high");
                    ok = false;
                }

                (entry.GainLow, entry.GainHigh) = (low, high);
                break;
            case Wire.GainUnit.Percent:
                entry.GainUnit = GainUnit.Percent;
                ok &= AmountRules.TryRead(message.GainPercentOf, required: true, row, "gain_percent_of", rejections, out var basis);
                if (message.GainLowBasisPoints is < 0 or > 10_000 || message.GainHighBasisPoints is < 0 or > 10_000
                    || message.GainLowBasisPoints > message.GainHighBasisPoints || message.GainHighBasisPoints == 0)
                {
                    rejections.Add(row, "gain_high", "a percent gain needs 0 < low ≤ high ≤ 100 %");
                    ok = false;
                }

                (entry.GainLowBasisPoints, entry.GainHighBasisPoints, entry.GainPercentOf) =
                    (message.GainLowBasisPoints, message.GainHighBasisPoints, basis);
                break;
            case Wire.GainUnit.Uncertain:
                entry.GainUnit = GainUnit.Uncertain;
                break;
            default:
                rejections.Add(row, "gain_unit", "missing or unknown; use nok, percent or uncertain");
                ok = false;
                break;
        }

        return ok ? entry : null;
    }
}
