using Hemit.Finance.IncomeStatements;

namespace Hemit.Finance.Budgets;

/// <summary>One line of the budget per category; blank pushed cells count as zero in the sums.</summary>
public sealed record CategoryBudgetRow(ReportLine Line, decimal Budget, decimal PreviousBudget, decimal PreviousForecast);

/// <summary>The budget per revenue and cost category of a budget year ("Tabell 1"), in the board paper's order with its sums.</summary>
public sealed record CategoryBudgetTable(int BudgetYear, IReadOnlyList<CategoryBudgetRow> Rows)
{
    public static CategoryBudgetTable Build(int budgetYear, IEnumerable<CategoryBudgetEntry> entries)
    {
        var byCode = entries.ToDictionary(e => e.CategoryCode);
        var catalogue = CategoryBudgetLines.Catalogue;
        var budget = catalogue.Evaluate(code => byCode.GetValueOrDefault(code)?.Budget ?? 0m);
        var previousBudget = catalogue.Evaluate(code => byCode.GetValueOrDefault(code)?.PreviousBudget ?? 0m);
        var previousForecast = catalogue.Evaluate(code => byCode.GetValueOrDefault(code)?.PreviousForecast ?? 0m);
        return new CategoryBudgetTable(budgetYear, catalogue.Lines
            .Select(line => new CategoryBudgetRow(line, budget[line.Code], previousBudget[line.Code], previousForecast[line.Code]))
            .ToList());
    }

    public decimal Result => Rows.Single(r => r.Line.Code == "result").Budget;
}
