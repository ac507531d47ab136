using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.BuildingBlocks.Reporting;
using Hemit.Finance.Budgets;
using Hemit.Finance.CostMeasures;
using Hemit.Finance.Data;
using Hemit.Finance.IncomeStatements;
using Hemit.Finance.Investments;
using Hemit.Finance.Ledger;

namespace Hemit.Finance.Extensions;

public static class FinanceServiceExtensions
{
    public const string ServiceName = "finance";

    public static IHostApplicationBuilder AddFinanceServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, FinanceDbContext>("financedb");
        builder.AddMessaging<IHostApplicationBuilder, FinanceDbContext>(ServiceName);
        builder.Services.AddScoped<PeriodCloser<FinanceDbContext>>();
        builder.Services.AddScoped<LedgerImporter>();
        builder.Services.AddScoped<IncomeStatementQuery>();
        builder.Services.AddReportCache<FinanceDbContext>();
        builder.Services.AddScoped<BudgetQueries>();
        builder.Services.AddScoped<BudgetChanges>();
        builder.Services.AddScoped<InvestmentPortfolioQuery>();
        builder.Services.AddScoped<InvestmentImporter>();
        builder.Services.AddScoped<CostMeasuresQuery>();
        builder.Services.AddScoped<CostMeasureImporter>();
        return builder;
    }
}
