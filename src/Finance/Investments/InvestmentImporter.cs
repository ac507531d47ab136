using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Importing;
using NpgsqlTypes;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Investments;

/// <summary>Ingest of the investment portfolio; all rows or none, idempotent on year + portfolio + item.</summary>
public sealed class InvestmentImporter(FinanceDbContext db)
{
    private static readonly UpsertColumn[] Columns =
    [
        new("year", NpgsqlDbType.Integer, typeof(int), IsKey: true),
        new("portfolio", NpgsqlDbType.Text, typeof(string), IsKey: true),
        new("item", NpgsqlDbType.Text, typeof(string), IsKey: true),
        new("long_term_budget", NpgsqlDbType.Numeric, typeof(decimal?)),
        new("budget", NpgsqlDbType.Numeric, typeof(decimal)),
        new("spent_to_date", NpgsqlDbType.Numeric, typeof(decimal?)),
        new("forecast", NpgsqlDbType.Numeric, typeof(decimal?)),
    ];

    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.Investment> stream, CancellationToken cancellationToken)
    {
        var rows = await StreamedBatch.ReadAsync(stream, "Investment import", Validate,
            r => (r.Year, r.Portfolio, r.Item), r => ("item", $"{r.Year} {r.Portfolio} '{r.Item}'"), cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await BulkUpsert.ExecuteAsync(db, InvestmentModel.Table, Columns,
            rows.Select(r => new object?[] { r.Year, r.Portfolio, r.Item, r.LongTermBudget, r.Budget, r.SpentToDate, r.Forecast }).ToList(),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary { Accepted = changed.Count, Unchanged = rows.Count - changed.Count };
    }

    public static string? PortfolioCode(Wire.InvestmentPortfolio portfolio) => portfolio switch
    {
        Wire.InvestmentPortfolio.ProgrammeAreas => "programme_areas",
        Wire.InvestmentPortfolio.Infrastructure => "infrastructure",
        _ => null,
    };

    public static InvestmentEntry? Validate(Wire.Investment message, long row, RowRejections rejections)
    {
        var ok = YearRules.TryRead(message.Year, row, "year", rejections);
        var portfolio = PortfolioCode(message.Portfolio);
        if (portfolio is null)
        {
            rejections.Add(row, "portfolio", "missing or unknown; use programme_areas or infrastructure");
            ok = false;
        }

        var item = message.Item?.Trim() ?? string.Empty;
        if (item.Length is 0 or > 200)
        {
            rejections.Add(row, "item", item.Length == 0 ? "missing; name the programme area or infrastructure category" : "longer than 200 characters");
            ok = false;
        }

        ok &= AmountRules.TryRead(message.LongTermBudget, required: false, row, "long_term_budget", rejections, out var longTermBudget);
        ok &= AmountRules.TryRead(message.Budget, required: true, row, "budget", rejections, out var budget);
        ok &= AmountRules.TryRead(message.SpentToDate, required: false, row, "spent_to_date", rejections, out var spent);
        ok &= AmountRules.TryRead(message.Forecast, required: false, row, "forecast", rejections, out var forecast);
        return ok
            ? new InvestmentEntry
            {
                Year = message.Year,
                Portfolio = portfolio!,
                Item = item,
                LongTermBudget = longTermBudget,
                Budget = budget!.Value,
                SpentToDate = spent,
                Forecast = forecast,
            }
            : null;
    }
}
