using Grpc.Core;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.Finance;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Importing;
using Hemit.Finance.IncomeStatements;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Hemit.Finance.Ledger;

/// <summary>
/// Ingest of ledger lines: validates the whole stream, refuses it if any row is bad, otherwise upserts every row in
/// one statement and one transaction with <see cref="LedgerPeriodUpdated"/> / <see cref="ForecastChanged"/> in the outbox.
/// </summary>
public sealed class LedgerImporter(FinanceDbContext db, IOutbox outbox)
{
    private static readonly UpsertColumn[] Columns =
    [
        new("year", NpgsqlDbType.Integer, typeof(int), IsKey: true),
        new("month", NpgsqlDbType.Integer, typeof(int), IsKey: true),
        new("line_code", NpgsqlDbType.Text, typeof(string), IsKey: true),
        new("scenario", NpgsqlDbType.Text, typeof(string), IsKey: true),
        new("amount", NpgsqlDbType.Numeric, typeof(decimal)),
    ];

    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<LedgerLine> stream, CancellationToken cancellationToken)
    {
        var rows = new List<LedgerEntry>();
        var rejections = new RowRejections();
        var firstRowOfKey = new Dictionary<(int, int, string, string), long>();
        long row = 0;
        await foreach (var line in stream.ReadAllAsync(cancellationToken))
        {
            row++;
            if (Validate(line, row, rejections) is not { } entry)
            {
                continue;
            }

            var key = (entry.Year, entry.Month, entry.LineCode, entry.Scenario);
            if (firstRowOfKey.TryGetValue(key, out var first))
            {
                rejections.Add(row, "line", $"{entry.Year:D4}-{entry.Month:D2} {entry.LineCode} {entry.Scenario} was already given in row {first}; each period, line and scenario once per batch");
                continue;
            }

            firstRowOfKey[key] = row;
            rows.Add(entry);
        }

        if (row == 0)
        {
            throw Hemit.BuildingBlocks.Grpc.InvalidArgument.ForField("rows", "the batch is empty; send at least one ledger line");
        }

        rejections.ThrowIfAny("Ledger import");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var forecastYears = rows.Where(r => r.Scenario == "forecast").Select(r => r.Year).Distinct().ToList();
        var before = await LoadYearsAsync(forecastYears, cancellationToken);

        var changed = await BulkUpsert.ExecuteAsync(db, LedgerModel.Table, Columns,
            rows.Select(r => new object?[] { r.Year, r.Month, r.LineCode, r.Scenario, r.Amount }).ToList(), cancellationToken);

        var changedKeys = changed.Select(k => (Year: (int)k[0], Month: (int)k[1], Line: (string)k[2], Scenario: (string)k[3])).ToList();
        foreach (var period in changedKeys.GroupBy(k => (k.Year, k.Month)).OrderBy(g => g.Key))
        {
            outbox.Add(new LedgerPeriodUpdated(period.Key.Year, period.Key.Month, period.Count(),
                period.Select(k => k.Scenario).Distinct().Order(StringComparer.Ordinal).ToList()));
        }

        var forecastMonths = changedKeys.Where(k => k.Scenario == "forecast").Select(k => (k.Year, k.Month)).Distinct().Order().ToList();
        if (forecastMonths.Count > 0)
        {
            var after = await LoadYearsAsync(forecastYears, cancellationToken);
            foreach (var (year, month) in forecastMonths)
            {
                var previous = IncomeStatementCalculator.Compute(year, month, before[year]);
                var current = IncomeStatementCalculator.Compute(year, month, after[year]);
                outbox.Add(new ForecastChanged(year, month,
                    previous[IncomeStatementLines.OrdinaryResult].Annual.Forecast,
                    current[IncomeStatementLines.OrdinaryResult].Annual.Forecast,
                    current[IncomeStatementLines.OperatingResult].Annual.Forecast));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary { Accepted = changed.Count, Unchanged = rows.Count - changed.Count };
    }

    private async Task<Dictionary<int, List<LedgerAmount>>> LoadYearsAsync(List<int> years, CancellationToken cancellationToken)
    {
        var result = years.ToDictionary(y => y, _ => new List<LedgerAmount>());
        if (years.Count == 0)
        {
            return result;
        }

        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(e => years.Contains(e.Year)).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            result[entry.Year].Add(new LedgerAmount(entry.Month, entry.LineCode, LedgerScenarioNames.Parse(entry.Scenario), entry.Amount));
        }

        return result;
    }

    /// <summary>Checks one pushed line; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static LedgerEntry? Validate(LedgerLine line, long row, RowRejections rejections)
    {
        var ok = true;
        if (line.Period is null || !line.Period.IsValid)
        {
            rejections.Add(row, "period", line.Period is null ? "missing; give the month as YYYY-MM" : $"{line.Period.Year}-{line.Period.Month} is not a real month");
            ok = false;
        }

        var reportLine = IncomeStatementLines.Catalogue.Find(line.Line ?? string.Empty);
        if (string.IsNullOrWhiteSpace(line.Line))
        {
            rejections.Add(row, "line", "missing; give a line code such as salaries_permanent");
            ok = false;
        }
        else if (reportLine is null)
        {
            rejections.Add(row, "line", $"'{line.Line}' is not a line of the income statement; use one of: {string.Join(", ", IncomeStatementLines.Catalogue.PostedLines.Select(l => l.Code))}");
            ok = false;
        }
        else if (reportLine.IsSum)
        {
            rejections.Add(row, "line", $"'{line.Line}' ({reportLine.Name}) is a sum line; sum lines are computed, never pushed");
            ok = false;
        }

        var scenario = line.Scenario switch
        {
            Scenario.Actual => "actual",
            Scenario.Budget => "budget",
            Scenario.Forecast => "forecast",
            _ => null,
        };
        if (scenario is null)
        {
            rejections.Add(row, "scenario", "missing or unknown; use actual, budget or forecast");
            ok = false;
        }

        ok &= AmountRules.TryRead(line.Amount, required: true, row, "amount", rejections, out var amount);
        return ok
            ? new LedgerEntry { Year = line.Period!.Year, Month = line.Period.Month, LineCode = line.Line!, Scenario = scenario!, Amount = amount!.Value }
            : null;
    }
}
