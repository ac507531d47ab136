using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Importing;
using NpgsqlTypes;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Budgets;

/// <summary>Ingest of the budget per revenue and cost category; all rows or none, idempotent on budget year + category.</summary>
public sealed class CategoryBudgetImporter(FinanceDbContext db)
{
    private static readonly UpsertColumn[] Columns =
    [
        new("budget_year", NpgsqlDbType.Integer, typeof(int), IsKey: true),
        new("category_code", NpgsqlDbType.Text, typeof(string), IsKey: true),
        new("budget", NpgsqlDbType.Numeric, typeof(decimal)),
        new("previous_budget", NpgsqlDbType.Numeric, typeof(decimal?)),
        new("previous_forecast", NpgsqlDbType.Numeric, typeof(decimal?)),
    ];

    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.CategoryBudget> stream, CancellationToken cancellationToken)
    {
        var rows = await StreamedBatch.ReadAsync(stream, "Category budget import", Validate,
            r => (r.BudgetYear, r.CategoryCode), r => ("category", $"{r.BudgetYear} {r.CategoryCode}"), cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await BulkUpsert.ExecuteAsync(db, CategoryBudgetModel.Table, Columns,
            rows.Select(r => new object?[] { r.BudgetYear, r.CategoryCode, r.Budget, r.PreviousBudget, r.PreviousForecast }).ToList(),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary { Accepted = changed.Count, Unchanged = rows.Count - changed.Count };
    }

    public static CategoryBudgetEntry? Validate(Wire.CategoryBudget message, long row, RowRejections rejections)
    {
        var ok = YearRules.TryRead(message.BudgetYear, row, "budget_year", rejections);
        var line = CategoryBudgetLines.Catalogue.Find(message.Category ?? string.Empty);
        if (line is null || line.IsSum)
        {
            rejections.Add(row, "category", line is null
                ? $"'{message.Category}' is not a budget category; use one of: {string.Join(", ", CategoryBudgetLines.Catalogue.PostedLines.Select(l => l.Code))}"
                : $"'{message.Category}' ({line.Name}) is a sum line; sum lines are computed, never pushed");
            ok = false;
        }

        ok &= AmountRules.TryRead(message.Budget, required: true, row, "budget", rejections, out var budget);
        ok &= AmountRules.TryRead(message.PreviousBudget, required: false, row, "previous_budget", rejections, out var previousBudget);
        ok &= AmountRules.TryRead(message.PreviousForecast, required: false, row, "previous_forecast", rejections, out var previousForecast);
        return ok
            ? new CategoryBudgetEntry
            {
                BudgetYear = message.BudgetYear,
                CategoryCode = message.Category!,
                Budget = budget!.Value,
                PreviousBudget = previousBudget,
                PreviousForecast = previousForecast,
            }
            : null;
    }
}
