using Hemit.Cli.Importing;
using Hemit.Contracts.Finance.V1;

namespace Hemit.Cli.Finance;

/// <summary>
/// The cost-measure file (tiltak). gain_unit nok: gain_low/gain_high in NOK; percent: gain_low/gain_high in percent
/// of gain_percent_of (NOK); uncertain: no range.
/// </summary>
public static class CostMeasureFile
{
    public static readonly ImportFileLayout Layout = new(
        ["year", "activity", "status", "gain_unit"], ["gain_low", "gain_high", "gain_percent_of", "next_step"]);

    public static CostMeasure ToMessage(CsvRow row)
    {
        var measure = new CostMeasure
        {
            Year = FinanceCells.Year(row, "year"),
            Activity = row.Text("activity"),
            Status = row.Text("status"),
            NextStep = row.OptionalText("next_step") ?? string.Empty,
        };
        switch (row.Text("gain_unit").ToLowerInvariant())
        {
            case "nok":
                measure.GainUnit = GainUnit.Nok;
                measure.GainLow = FinanceCells.Nok(row, "gain_low");
                measure.GainHigh = FinanceCells.Nok(row, "gain_high");
                break;
            case "percent":
                measure.GainUnit = GainUnit.Percent;
                measure.GainLowBasisPoints = FinanceCells.BasisPoints(row, "gain_low");
                measure.GainHighBasisPoints = FinanceCells.BasisPoints(row, "gain_high");
                measure.GainPercentOf = FinanceCells.Nok(row, "gain_percent_of");
                break;
            case "uncertain":
                measure.GainUnit = GainUnit.Uncertain;
                break;
            case "":
                break;
            case var other:
                row.Refuse("gain_unit", $"'{other}' is not a gain unit; write nok, percent or uncertain", measure);
                break;
        }

        return measure;
    }
}
