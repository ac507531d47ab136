using Hemit.Contracts.Common.V1;
using Hemit.Finance.Budgets;
using Hemit.Finance.Data;
using Hemit.Finance.Importing;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.CostMeasures;

/// <summary>The year's cost-saving measures with their expected gain in NOK and the totals of the ranges.</summary>
public sealed class CostMeasuresQuery(FinanceDbContext db)
{
    public async Task<Wire.GetCostMeasuresResponse> GetAsync(int year, CancellationToken cancellationToken)
    {
        BudgetQueries.RequireYear(year);
        var measures = await db.Set<CostMeasureEntry>().AsNoTracking().Where(e => e.Year == year)
            .OrderBy(e => e.Activity).ToListAsync(cancellationToken);
        var (low, high, uncertain) = ExpectedGain.Totals(measures);
        var response = new Wire.GetCostMeasuresResponse
        {
            Year = year,
            TotalGainLow = Money.FromDecimal(low),
            TotalGainHigh = Money.FromDecimal(high),
            UncertainMeasures = uncertain,
        };
        response.Measures.AddRange(measures.Select(m =>
        {
            var gain = ExpectedGain.Of(m);
            return new Wire.CostMeasureLine
            {
                Measure = ToWire(m),
                ExpectedGainLow = AmountRules.ToMoney(gain?.Low),
                ExpectedGainHigh = AmountRules.ToMoney(gain?.High),
            };
        }));
        return response;
    }

    private static Wire.CostMeasure ToWire(CostMeasureEntry m) => new()
    {
        Year = m.Year,
        Activity = m.Activity,
        Status = m.Status,
        NextStep = m.NextStep,
        GainUnit = m.GainUnit switch
        {
            "nok" => Wire.GainUnit.Nok,
            "percent" => Wire.GainUnit.Percent,
            _ => Wire.GainUnit.Uncertain,
        },
        GainLow = AmountRules.ToMoney(m.GainLow),
        GainHigh = AmountRules.ToMoney(m.GainHigh),
        GainLowBasisPoints = m.GainLowBasisPoints ?? 0,
        GainHighBasisPoints = m.GainHighBasisPoints ?? 0,
        GainPercentOf = AmountRules.ToMoney(m.GainPercentOf),
    };
}
