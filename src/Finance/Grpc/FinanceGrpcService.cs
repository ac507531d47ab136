using Hemit.Security;
using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.BuildingBlocks.Reporting;
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

/// <summary>The finance service's API: thin translation to the importers and queries, one per record kind; the wire shapes are made here.</summary>
public sealed class FinanceGrpcService(
    PeriodCloser<FinanceDbContext> periodCloser,
    LedgerImporter ledgerImporter,
    ReportCache reports,
    BudgetQueries budgets,
    BudgetChanges budgetChanges,
    InvestmentPortfolioQuery investments,
    InvestmentImporter investmentImporter,
    CostMeasuresQuery costMeasures,
    CostMeasureImporter costMeasureImporter) : FinanceService.FinanceServiceBase
{
    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(FinanceServiceExtensions.ServiceName, request, context.CancellationToken);

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ReopenPeriodResponse> ReopenPeriod(ReopenPeriodRequest request, ServerCallContext context) =>
        periodCloser.ReopenAsync(FinanceServiceExtensions.ServiceName, request, context.CancellationToken);

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ImportSummary> ImportLedgerLines(IAsyncStreamReader<LedgerLine> requestStream, ServerCallContext context) =>
        ledgerImporter.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ImportSummary> ImportLedgerLineBatches(IAsyncStreamReader<LedgerLineBatch> requestStream, ServerCallContext context) =>
        ledgerImporter.ImportAsync(requestStream.Records(batch => batch.Lines, context), context.CancellationToken);

    [RequiresScope(Scopes.FinanceRead)]
    public override async Task<GetIncomeStatementResponse> GetIncomeStatement(GetIncomeStatementRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        // Read by the board, governance and the portal again and again; given from memory until a ledger row changes.
        return await reports.GetOrComputeAsync<FinanceDbContext, GetIncomeStatementResponse>($"income-statement/{period.ToText()}", async (services, ct) =>
            (await services.GetRequiredService<IncomeStatementQuery>().GetAsync(period.Year, period.Month, ct)).ToResponse(), context.CancellationToken);
    }

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ImportSummary> ImportCategoryBudgets(IAsyncStreamReader<CategoryBudget> requestStream, ServerCallContext context) =>
        budgetChanges.ImportCategoryBudgetsAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.FinanceRead)]
    public override async Task<GetCategoryBudgetResponse> GetCategoryBudget(GetCategoryBudgetRequest request, ServerCallContext context) =>
        (await budgets.GetCategoryBudgetAsync(request.BudgetYear, context.CancellationToken)).ToResponse();

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ImportSummary> ImportServiceAreaBudgets(IAsyncStreamReader<Hemit.Contracts.Finance.V1.ServiceAreaBudget> requestStream, ServerCallContext context) =>
        budgetChanges.ImportOriginalProposalsAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ImportSummary> ImportServiceAreaBudgetAdjustments(
        IAsyncStreamReader<Hemit.Contracts.Finance.V1.ServiceAreaBudgetAdjustment> requestStream, ServerCallContext context) =>
        budgetChanges.ImportAdjustmentsAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.FinanceRead)]
    public override async Task<GetServiceAreaBudgetResponse> GetServiceAreaBudget(GetServiceAreaBudgetRequest request, ServerCallContext context) =>
        (await budgets.GetServiceAreaBudgetAsync(request.BudgetYear, context.CancellationToken)).ToResponse();

    [RequiresScope(Scopes.FinanceWrite)]
    public override async Task<GetServiceAreaBudgetResponse> ApplyEfficiencyCut(ApplyEfficiencyCutRequest request, ServerCallContext context) =>
        (await budgetChanges.SetEfficiencyCutAsync(request.BudgetYear, request.CutBasisPoints, context.CancellationToken)).ToResponse();

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ImportSummary> ImportInvestments(IAsyncStreamReader<Investment> requestStream, ServerCallContext context) =>
        investmentImporter.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.FinanceRead)]
    public override async Task<GetInvestmentPortfolioResponse> GetInvestmentPortfolio(GetInvestmentPortfolioRequest request, ServerCallContext context) =>
        (await investments.GetAsync(InvalidArgument.RequireYear(request.Year, "year"), context.CancellationToken)).ToResponse();

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<ImportSummary> ImportCostMeasures(IAsyncStreamReader<CostMeasure> requestStream, ServerCallContext context) =>
        costMeasureImporter.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.FinanceRead)]
    public override async Task<GetCostMeasuresResponse> GetCostMeasures(GetCostMeasuresRequest request, ServerCallContext context) =>
        (await costMeasures.GetAsync(InvalidArgument.RequireYear(request.Year, "year"), context.CancellationToken)).ToResponse();
}
