using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>A month a batch writes into, the 1-based row that writes into it and that row's field (<c>period</c> of the list <c>lines</c>).</summary>
public readonly record struct RowMonth(int Year, int Month, long Row, string Rows, string Field)
{
    /// <summary>The field's path as a refusal names it (<c>lines[3].period</c>); made only then, not for each row of every push.</summary>
    public string Path => InvalidArgument.RowFieldPath(Rows, Row, Field);
}

/// <summary>
/// The one transaction an accepted batch is written in: the months it touches are checked open (a closed month is
/// final), then bulk upserts, then whatever the service adds to its outbox, then commit; the summary counts each
/// upserted row as accepted (new or changed) or unchanged. If anything throws, nothing is written.
/// </summary>
public sealed class ImportTransaction
{
    private readonly DbContext _db;
    private int _accepted;
    private int _unchanged;

    private ImportTransaction(DbContext db) => _db = db;

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction inside EF's execution strategy, so a retrying strategy (as Aspire's
    /// Npgsql integration turns on) repeats the whole attempt instead of refusing a user-initiated transaction. Each attempt
    /// starts from an empty change tracker, so outbox rows of a failed attempt are not saved twice.
    /// </summary>
    /// <param name="months">The months the batch's rows write into; any of them closed refuses it with FAILED_PRECONDITION,
    /// naming each closed month (google.rpc.PreconditionFailure) and each row's field in one (google.rpc.BadRequest).</param>
    public static Task<ImportSummary> RunAsync(
        DbContext db,
        IReadOnlyCollection<RowMonth> months,
        Func<ImportTransaction, CancellationToken, Task> write,
        CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            // The attempt is all or nothing, so SaveChanges needs no savepoint of its own (one round trip fewer).
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await RefuseClosedMonthsAsync(db, months, ct);
            var import = new ImportTransaction(db);
            await write(import, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new ImportSummary { Accepted = import._accepted, Unchanged = import._unchanged };
        }, cancellationToken);

    /// <summary>
    /// A batch that announces nothing: read and judged whole (<see cref="BatchRules{TMessage, TRow, TKey}.ReadAsync"/>),
    /// then one transaction, one upsert, commit. <paramref name="monthOf"/> gives each row's month for a monthly record.
    /// </summary>
    public static async Task<ImportSummary> UpsertAllAsync<TMessage, TRow, TKey>(
        DbContext db,
        IAsyncStreamReader<TMessage> stream,
        BatchRules<TMessage, TRow, TKey> rules,
        CancellationToken cancellationToken,
        Func<TRow, (int Year, int Month, string Field)>? monthOf = null)
        where TRow : class
        where TKey : notnull
    {
        var rows = await rules.ReadAsync(stream, cancellationToken);
        var months = monthOf is null ? [] : rules.MonthsOf(rows, monthOf);
        return await RunAsync(db, months, (import, ct) => import.UpsertAndCountAsync(rows, ct), cancellationToken);
    }

    /// <summary>The shared closed-month refusal, with the rows' fields in the closed months named as well, so a source finds them.</summary>
    private static async Task RefuseClosedMonthsAsync(DbContext db, IReadOnlyCollection<RowMonth> months, CancellationToken cancellationToken)
    {
        try
        {
            await ClosedMonths.RefuseImportIntoAsync(db, months.Select(m => (m.Year, m.Month)).Distinct().ToList(), cancellationToken);
        }
        catch (RpcException refusal) when (refusal.StatusCode == StatusCode.FailedPrecondition && refusal.GetRpcStatus() is { } status)
        {
            var closed = (status.GetDetail<PreconditionFailure>()?.Violations ?? [])
                .Select(v => v.Subject.Replace("periods/", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(months.Where(m => closed.Contains($"{m.Year:D4}-{m.Month:D2}")).Distinct().Select(m =>
                new BadRequest.Types.FieldViolation { Field = m.Path, Description = $"row {m.Row}: {m.Year:D4}-{m.Month:D2} is a closed month; its figures are final" }));
            status.Details.Add(Any.Pack(badRequest));
            throw status.ToRpcException();
        }
    }

    /// <summary>Upserts the rows on their primary key; returns those that were new or changed.</summary>
    public Task<IReadOnlyList<TRow>> UpsertAsync<TRow>(IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class =>
        UpsertAsync(rows, stamp: null, cancellationToken);

    /// <summary>Upserts the rows on their primary key when the caller needs only the summary's counts: no key is read back.</summary>
    public async Task UpsertAndCountAsync<TRow>(IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        var changed = await BulkUpsert.CountAsync(_db, rows, cancellationToken);
        _accepted += changed;
        _unchanged += rows.Count - changed;
    }

    /// <summary>Upserts the rows, each written row stamped (e.g. UpdatedAt); returns those that were new or changed.</summary>
    public async Task<IReadOnlyList<TRow>> UpsertAsync<TRow>(IReadOnlyList<TRow> rows, UpsertStamp? stamp, CancellationToken cancellationToken)
        where TRow : class
    {
        var changed = await BulkUpsert.ExecuteAsync(_db, rows, stamp, cancellationToken);
        _accepted += changed.Count;
        _unchanged += rows.Count - changed.Count;
        return changed;
    }
}
