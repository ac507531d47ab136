using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Budgets;
using Hemit.Finance.CostMeasures;
using Hemit.Finance.Data;
using Hemit.Finance.Extensions;
using Hemit.Finance.IncomeStatements;
using Hemit.Finance.Investments;
using Hemit.Finance.Ledger;

namespace Hemit.Finance.Grpc;

/// <summary>The finance service's API: thin translation to the importers (or, where an import announces nothing, its row rules) and queries, one per record kind.</summary>
public sealed class FinanceGrpcService(
    PeriodCloser<FinanceDbContext> periodCloser,
    FinanceDbContext db,
    LedgerImporter ledgerImporter,
    IncomeStatementQuery incomeStatements,
    BudgetQueries budgets,
    InvestmentPortfolioQuery investments,
    CostMeasuresQuery costMeasures) : FinanceService.FinanceServiceBase
{
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(FinanceServiceExtensions.ServiceName, request, context.CancellationToken);

    public override Task<ReopenPeriodResponse> ReopenPeriod(ReopenPeriodRequest request, ServerCallContext context) =>
        periodCloser.ReopenAsync(FinanceServiceExtensions.ServiceName, request, context.CancellationToken);

    public override Task<ImportSummary> ImportLedgerLines(IAsyncStreamReader<LedgerLine> requestStream, ServerCallContext context) =>
        ledgerImporter.ImportAsync(requestStream, context.CancellationToken);

    public override async Task<GetIncomeStatementResponse> GetIncomeStatement(GetIncomeStatementRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var statement = await incomeStatements.GetAsync(period.Year, period.Month, context.CancellationToken);
        return statement.ToResponse();
    }

    public override Task<ImportSummary> ImportCategoryBudgets(IAsyncStreamReader<CategoryBudget> requestStream, ServerCallContext context) =>
        ImportTransaction.UpsertAllAsync(db, requestStream, CategoryBudgetRowValidator.Batch, context.CancellationToken);

    public override Task<GetCategoryBudgetResponse> GetCategoryBudget(GetCategoryBudgetRequest request, ServerCallContext context) =>
        budgets.GetCategoryBudgetAsync(request.BudgetYear, context.CancellationToken);

    public override Task<ImportSummary> ImportServiceAreaBudgets(IAsyncStreamReader<ServiceAreaBudget> requestStream, ServerCallContext context) =>
        ImportTransaction.UpsertAllAsync(db, requestStream, ServiceAreaBudgetRowValidator.Batch, context.CancellationToken);

    public override Task<GetServiceAreaBudgetResponse> GetServiceAreaBudget(GetServiceAreaBudgetRequest request, ServerCallContext context) =>
        budgets.GetServiceAreaBudgetAsync(request.BudgetYear, context.CancellationToken);

    public override Task<GetServiceAreaBudgetResponse> ApplyEfficiencyCut(ApplyEfficiencyCutRequest request, ServerCallContext context) =>
        budgets.ApplyEfficiencyCutAsync(request.BudgetYear, request.CutBasisPoints, context.CancellationToken);

    public override Task<ImportSummary> ImportInvestments(IAsyncStreamReader<Investment> requestStream, ServerCallContext context) =>
        ImportTransaction.UpsertAllAsync(db, requestStream, InvestmentRowValidator.Batch, context.CancellationToken);

    public override Task<GetInvestmentPortfolioResponse> GetInvestmentPortfolio(GetInvestmentPortfolioRequest request, ServerCallContext context) =>
        investments.GetAsync(InvalidArgument.RequireYear(request.Year, "year"), context.CancellationToken);

    public override Task<ImportSummary> ImportCostMeasures(IAsyncStreamReader<CostMeasure> requestStream, ServerCallContext context) =>
        ImportTransaction.UpsertAllAsync(db, requestStream, CostMeasureRowValidator.Batch, context.CancellationToken);

    public override Task<GetCostMeasuresResponse> GetCostMeasures(GetCostMeasuresRequest request, ServerCallContext context) =>
        costMeasures.GetAsync(InvalidArgument.RequireYear(request.Year, "year"), context.CancellationToken);
}
