using Hemit.Finance.Budgets;
using Hemit.BuildingBlocks.Importing;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Grpc;

/// <summary>The budget tables in their wire shape (exact NOK; blank cells absent).</summary>
public static class BudgetMapping
{
    public static Wire.GetCategoryBudgetResponse ToResponse(this CategoryBudgetTable table)
    {
        var response = new Wire.GetCategoryBudgetResponse { BudgetYear = table.BudgetYear };
        response.Lines.AddRange(table.Rows.Select(row => new Wire.CategoryBudgetLine
        {
            Code = row.Line.Code,
            Name = row.Line.Name,
            Kind = row.Line.Kind.ToWire(),
            IsSum = row.Line.IsSum,
            Budget = AmountRules.ToMoney(row.Budget),
            PreviousBudget = AmountRules.ToMoney(row.PreviousBudget),
            PreviousForecast = AmountRules.ToMoney(row.PreviousForecast),
        }));
        return response;
    }

    public static Wire.GetServiceAreaBudgetResponse ToResponse(this ServiceAreaBudget budget)
    {
        var response = new Wire.GetServiceAreaBudgetResponse { BudgetYear = budget.BudgetYear, CutBasisPoints = budget.CutBasisPoints };
        response.Lines.AddRange(budget.Rows.Select(row =>
        {
            var line = new Wire.ServiceAreaBudgetLine
            {
                Code = row.Code,
                Name = row.Name,
                IsSum = row.IsSum,
                PreviousBudget = AmountRules.ToMoney(row.PreviousBudget),
                PreviousForecast = AmountRules.ToMoney(row.PreviousForecast),
                LongTermBudget = AmountRules.ToMoney(row.LongTermBudget),
                OriginalProposal = AmountRules.ToMoney(row.OriginalProposal),
                EfficiencySaving = AmountRules.ToMoney(row.EfficiencySaving),
                BudgetAfterCut = AmountRules.ToMoney(row.BudgetAfterCut),
                AdjustmentsTotal = AmountRules.ToMoney(row.AdjustmentsTotal),
                Budget = AmountRules.ToMoney(row.Budget),
            };
            line.Adjustments.AddRange(row.Adjustments.Select(a => new Wire.BudgetAdjustment { Amount = AmountRules.ToMoney(a.Amount), Reason = a.Reason }));
            return line;
        }));
        return response;
    }
}
