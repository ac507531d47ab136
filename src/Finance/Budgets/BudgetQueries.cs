using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.Finance.Importing;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Budgets;

/// <summary>Reads the budget tables and sets a budget year's flat efficiency cut.</summary>
public sealed class BudgetQueries(FinanceDbContext db)
{
    public async Task<Wire.GetCategoryBudgetResponse> GetCategoryBudgetAsync(int budgetYear, CancellationToken cancellationToken)
    {
        RequireYear(budgetYear);
        var entries = await db.Set<CategoryBudgetEntry>().AsNoTracking().Where(e => e.BudgetYear == budgetYear)
            .ToDictionaryAsync(e => e.CategoryCode, cancellationToken);
        var catalogue = CategoryBudgetLines.Catalogue;
        var budget = catalogue.Evaluate(code => entries.GetValueOrDefault(code)?.Budget ?? 0m);
        var previousBudget = catalogue.Evaluate(code => entries.GetValueOrDefault(code)?.PreviousBudget ?? 0m);
        var previousForecast = catalogue.Evaluate(code => entries.GetValueOrDefault(code)?.PreviousForecast ?? 0m);

        var response = new Wire.GetCategoryBudgetResponse { BudgetYear = budgetYear };
        response.Lines.AddRange(catalogue.Lines.Select(line => new Wire.CategoryBudgetLine
        {
            Code = line.Code,
            Name = line.Name,
            Kind = line.Kind.ToWire(),
            IsSum = line.IsSum,
            Budget = AmountRules.ToMoney(budget[line.Code]),
            PreviousBudget = AmountRules.ToMoney(previousBudget[line.Code]),
            PreviousForecast = AmountRules.ToMoney(previousForecast[line.Code]),
        }));
        return response;
    }

    public async Task<Wire.GetServiceAreaBudgetResponse> GetServiceAreaBudgetAsync(int budgetYear, CancellationToken cancellationToken)
    {
        RequireYear(budgetYear);
        var entries = await db.Set<ServiceAreaBudgetEntry>().AsNoTracking().Where(e => e.BudgetYear == budgetYear).ToListAsync(cancellationToken);
        var cut = await db.Set<EfficiencyCut>().AsNoTracking().SingleOrDefaultAsync(c => c.BudgetYear == budgetYear, cancellationToken);
        return ToResponse(budgetYear, entries, cut?.CutBasisPoints ?? 0);
    }

    public async Task<Wire.GetServiceAreaBudgetResponse> ApplyEfficiencyCutAsync(int budgetYear, int cutBasisPoints, CancellationToken cancellationToken)
    {
        RequireYear(budgetYear);
        if (cutBasisPoints is < 0 or > 10_000)
        {
            throw InvalidArgument.ForField("cut_basis_points", $"{cutBasisPoints} is not a cut between 0 and 10000 hundredths of a percent (150 is 1.5 %)");
        }

        var entries = await db.Set<ServiceAreaBudgetEntry>().AsNoTracking().Where(e => e.BudgetYear == budgetYear).ToListAsync(cancellationToken);
        if (!entries.Any(e => e.Budget is not null))
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"No service-area budget for {budgetYear} has been imported; import it (hemit finance import service-area-budgets) before setting a cut."));
        }

        var cut = await db.Set<EfficiencyCut>().SingleOrDefaultAsync(c => c.BudgetYear == budgetYear, cancellationToken);
        if (cut is null)
        {
            db.Set<EfficiencyCut>().Add(new EfficiencyCut { BudgetYear = budgetYear, CutBasisPoints = cutBasisPoints });
        }
        else
        {
            cut.CutBasisPoints = cutBasisPoints;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(budgetYear, entries, cutBasisPoints);
    }

    private static Wire.GetServiceAreaBudgetResponse ToResponse(int budgetYear, List<ServiceAreaBudgetEntry> entries, int cutBasisPoints)
    {
        var response = new Wire.GetServiceAreaBudgetResponse { BudgetYear = budgetYear, CutBasisPoints = cutBasisPoints };
        response.Lines.AddRange(ServiceAreaBudgetTable.Build(entries, cutBasisPoints).Select(row => new Wire.ServiceAreaBudgetLine
        {
            Code = row.Code,
            Name = row.Name,
            IsSum = row.IsSum,
            PreviousBudget = AmountRules.ToMoney(row.PreviousBudget),
            PreviousForecast = AmountRules.ToMoney(row.PreviousForecast),
            LongTermBudget = AmountRules.ToMoney(row.LongTermBudget),
            Budget = AmountRules.ToMoney(row.Budget),
            EfficiencySaving = AmountRules.ToMoney(row.EfficiencySaving),
            BudgetAfterCut = AmountRules.ToMoney(row.BudgetAfterCut),
        }));
        return response;
    }

    internal static void RequireYear(int year) => InvalidArgument.RequireYear(year, "budget_year");
}
