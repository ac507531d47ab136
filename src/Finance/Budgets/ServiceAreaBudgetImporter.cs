using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Importing;
using NpgsqlTypes;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Budgets;

/// <summary>Ingest of the budget per tjenesteområde; all rows or none, idempotent on budget year + area.</summary>
public sealed class ServiceAreaBudgetImporter(FinanceDbContext db)
{
    private static readonly UpsertColumn[] Columns =
    [
        new("budget_year", NpgsqlDbType.Integer, typeof(int), IsKey: true),
        new("area_code", NpgsqlDbType.Text, typeof(string), IsKey: true),
        new("previous_budget", NpgsqlDbType.Numeric, typeof(decimal?)),
        new("previous_forecast", NpgsqlDbType.Numeric, typeof(decimal?)),
        new("long_term_budget", NpgsqlDbType.Numeric, typeof(decimal?)),
        new("budget", NpgsqlDbType.Numeric, typeof(decimal?)),
    ];

    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.ServiceAreaBudget> stream, CancellationToken cancellationToken)
    {
        var rows = await StreamedBatch.ReadAsync(stream, "Service area budget import", Validate,
            r => (r.BudgetYear, r.AreaCode), r => ("area", $"{r.BudgetYear} {r.AreaCode}"), cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await BulkUpsert.ExecuteAsync(db, ServiceAreaBudgetModel.Table, Columns,
            rows.Select(r => new object?[] { r.BudgetYear, r.AreaCode, r.PreviousBudget, r.PreviousForecast, r.LongTermBudget, r.Budget }).ToList(),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary { Accepted = changed.Count, Unchanged = rows.Count - changed.Count };
    }

    public static ServiceAreaBudgetEntry? Validate(Wire.ServiceAreaBudget message, long row, RowRejections rejections)
    {
        var ok = YearRules.TryRead(message.BudgetYear, row, "budget_year", rejections);
        if (ServiceAreas.Find(message.Area ?? string.Empty) is null)
        {
            rejections.Add(row, "area", $"'{message.Area}' is not a service area; use one of: {string.Join(", ", ServiceAreas.All.Select(a => a.Code))}");
            ok = false;
        }

        ok &= AmountRules.TryRead(message.PreviousBudget, required: false, row, "previous_budget", rejections, out var previousBudget);
        ok &= AmountRules.TryRead(message.PreviousForecast, required: false, row, "previous_forecast", rejections, out var previousForecast);
        ok &= AmountRules.TryRead(message.LongTermBudget, required: false, row, "long_term_budget", rejections, out var longTermBudget);
        ok &= AmountRules.TryRead(message.Budget, required: false, row, "budget", rejections, out var budget);
        if (ok && previousBudget is null && previousForecast is null && longTermBudget is null && budget is null)
        {
            rejections.Add(row, "budget", "the row has no amount; give at least one of previous_budget, previous_forecast, long_term_budget, budget");
            ok = false;
        }

        return ok
            ? new ServiceAreaBudgetEntry
            {
                BudgetYear = message.BudgetYear,
                AreaCode = message.Area!,
                PreviousBudget = previousBudget,
                PreviousForecast = previousForecast,
                LongTermBudget = longTermBudget,
                Budget = budget,
            }
            : null;
    }
}
