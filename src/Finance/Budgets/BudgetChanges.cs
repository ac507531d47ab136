using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.Finance;
using Hemit.Finance.Data;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Budgets;

/// <summary>
/// Every change to the budgets: imports of category budgets, original proposals and adjustments, and setting the flat
/// cut. Each is written in one transaction with its event in the outbox (<see cref="CategoryBudgetUpdated"/>,
/// <see cref="ServiceAreaBudgetUpdated"/>); a batch that changes nothing announces nothing.
/// </summary>
public sealed class BudgetChanges(FinanceDbContext db, IOutbox outbox, BudgetQueries queries)
{
    public async Task<ImportSummary> ImportCategoryBudgetsAsync(IAsyncStreamReader<Wire.CategoryBudget> stream, CancellationToken cancellationToken)
    {
        var rows = await CategoryBudgetRowValidator.Batch.ReadAsync(stream, cancellationToken);
        // Yearly records: no month to find closed.
        return await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            var changed = await import.UpsertAsync(rows, ct);
            foreach (var year in changed.GroupBy(r => r.BudgetYear).OrderBy(g => g.Key))
            {
                var table = await queries.GetCategoryBudgetAsync(year.Key, ct);
                outbox.Add(new CategoryBudgetUpdated(year.Key, year.Count(), table.Result));
            }

        }, cancellationToken);
    }

    public async Task<ImportSummary> ImportOriginalProposalsAsync(IAsyncStreamReader<Wire.ServiceAreaBudget> stream, CancellationToken cancellationToken)
    {
        var rows = await ServiceAreaBudgetRowValidator.Batch.ReadAsync(stream, cancellationToken);
        // Yearly records: no month to find closed.
        return await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            var changed = await import.UpsertAsync(rows, ct);
            await AnnounceAsync(changed.GroupBy(r => r.BudgetYear), "original_proposals", ct);
        }, cancellationToken);
    }

    public async Task<ImportSummary> ImportAdjustmentsAsync(IAsyncStreamReader<Wire.ServiceAreaBudgetAdjustment> stream, CancellationToken cancellationToken)
    {
        var rows = await ServiceAreaBudgetAdjustmentRowValidator.Batch.ReadAsync(stream, cancellationToken);
        // Yearly records: no month to find closed.
        return await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            var years = rows.Select(r => r.BudgetYear).Distinct().ToList();
            var stored = await db.Set<ServiceAreaBudgetAdjustment>().AsNoTracking().Where(a => years.Contains(a.BudgetYear))
                .ToDictionaryAsync(a => (a.BudgetYear, a.AreaCode, a.Reason), a => a.Position, ct);
            PushOrder.Assign(rows, stored, a => (a.BudgetYear, a.AreaCode, a.Reason), (a, position) => a.Position = position);
            var changed = await import.UpsertAsync(rows, ct);
            await AnnounceAsync(changed.GroupBy(r => r.BudgetYear), "adjustments", ct);
        }, cancellationToken);
    }

    /// <summary>Sets the year's flat cut; the same cut again changes and announces nothing.</summary>
    public async Task<ServiceAreaBudget> SetEfficiencyCutAsync(int budgetYear, int cutBasisPoints, CancellationToken cancellationToken)
    {
        BudgetQueries.RequireYear(budgetYear);
        if (cutBasisPoints is < 0 or > 10_000)
        {
            throw InvalidArgument.ForField("cut_basis_points", $"{cutBasisPoints} is not a cut between 0 and 10000 hundredths of a percent (150 is 1,5 %)");
        }

        if (!await db.Set<ServiceAreaBudgetEntry>().AnyAsync(e => e.BudgetYear == budgetYear && e.Budget != null, cancellationToken))
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"No original proposal per service area for {budgetYear} has been imported; import it (hemit finance import service-area-budgets) before setting a cut."));
        }

        // Inside EF's execution strategy: Aspire's Npgsql integration retries, and a retry repeats the whole attempt.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var cut = await db.Set<EfficiencyCut>().SingleOrDefaultAsync(c => c.BudgetYear == budgetYear, ct);
            if ((cut?.CutBasisPoints ?? 0) != cutBasisPoints)
            {
                if (cut is null)
                {
                    db.Set<EfficiencyCut>().Add(new EfficiencyCut { BudgetYear = budgetYear, CutBasisPoints = cutBasisPoints });
                }
                else
                {
                    cut.CutBasisPoints = cutBasisPoints;
                }

                await db.SaveChangesAsync(ct);
                var after = await queries.GetServiceAreaBudgetAsync(budgetYear, ct);
                outbox.Add(Announcement(after, "efficiency_cut", 1));
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return await queries.GetServiceAreaBudgetAsync(budgetYear, cancellationToken);
    }

    private async Task AnnounceAsync<TRow>(IEnumerable<IGrouping<int, TRow>> changedByYear, string change, CancellationToken cancellationToken)
    {
        foreach (var year in changedByYear.OrderBy(g => g.Key))
        {
            outbox.Add(Announcement(await queries.GetServiceAreaBudgetAsync(year.Key, cancellationToken), change, year.Count()));
        }
    }

    private static ServiceAreaBudgetUpdated Announcement(ServiceAreaBudget budget, string change, int changedRows) =>
        new(budget.BudgetYear, change, changedRows, budget.CutBasisPoints, budget.Total.EfficiencySaving, budget.Total.Budget);
}
