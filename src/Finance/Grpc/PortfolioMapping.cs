using Hemit.Finance.CostMeasures;
using Hemit.BuildingBlocks.Importing;
using Hemit.Finance.Investments;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Grpc;

/// <summary>The investment portfolio and the cost measures in their wire shape.</summary>
public static class PortfolioMapping
{
    public static Wire.GetInvestmentPortfolioResponse ToResponse(this InvestmentPortfolio portfolio)
    {
        var response = new Wire.GetInvestmentPortfolioResponse { Year = portfolio.Year };
        response.Lines.AddRange(portfolio.Lines.Select(line =>
        {
            var wire = new Wire.InvestmentLine
            {
                Portfolio = line.Portfolio switch
                {
                    Portfolio.Infrastructure => Wire.InvestmentPortfolio.Infrastructure,
                    _ => Wire.InvestmentPortfolio.ProgrammeAreas,
                },
                Item = line.Item,
                IsSum = line.IsSum,
                LongTermBudget = AmountRules.ToMoney(line.LongTermBudget),
                Budget = AmountRules.ToMoney(line.Budget),
                SpentToDate = AmountRules.ToMoney(line.SpentToDate),
                Forecast = AmountRules.ToMoney(line.Forecast),
                ReportedEachTertial = line.ReportedEachTertial,
                Items = line.Items,
                ItemsWithSpend = line.ItemsWithSpend,
                ItemsWithForecast = line.ItemsWithForecast,
            };
            if (line.ConsumptionPercent is { } consumption)
            {
                wire.ConsumptionPercent = consumption;
            }

            return wire;
        }));
        return response;
    }

    public static Wire.GetCostMeasuresResponse ToResponse(this CostMeasureList list)
    {
        var response = new Wire.GetCostMeasuresResponse
        {
            Year = list.Year,
            TotalGainLow = AmountRules.ToMoney(list.TotalGainLow),
            TotalGainHigh = AmountRules.ToMoney(list.TotalGainHigh),
            UncertainMeasures = list.UncertainMeasures,
        };
        response.Measures.AddRange(list.Measures.Select(line => new Wire.CostMeasureLine
        {
            Measure = ToWire(line.Measure),
            ExpectedGainLow = AmountRules.ToMoney(line.Gain?.Low),
            ExpectedGainHigh = AmountRules.ToMoney(line.Gain?.High),
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
            GainUnit.Nok => Wire.GainUnit.Nok,
            GainUnit.Percent => Wire.GainUnit.Percent,
            _ => Wire.GainUnit.Uncertain,
        },
        GainLow = AmountRules.ToMoney(m.GainLow),
        GainHigh = AmountRules.ToMoney(m.GainHigh),
        GainLowBasisPoints = m.GainLowBasisPoints ?? 0,
        GainHighBasisPoints = m.GainHighBasisPoints ?? 0,
        GainPercentOf = AmountRules.ToMoney(m.GainPercentOf),
    };
}
