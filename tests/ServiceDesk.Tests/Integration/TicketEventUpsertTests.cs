using Hemit.BuildingBlocks.Importing;
using Hemit.ServiceDesk.Availability;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Tickets;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>
/// The shared bulk upsert (rows none of which is stored by binary COPY straight into the table; otherwise binary COPY
/// into a staging table, then one merge) on the ticket event table, whose columns
/// are all of its kinds at once: a timestamptz and an enum code in the key, a nullable enum code, nullable int, text
/// and bool. What goes in comes back exactly; only new or changed rows are returned. Each upsert stages its rows in a
/// temporary table of its own, so several in one transaction (into one table or several) do not meet.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class TicketEventUpsertTests(PlatformServers servers)
{
    private static readonly DateTimeOffset Morning = new(2021, 10, 12, 9, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task Upserts_into_one_table_and_another_in_one_transaction_write_every_value_and_return_only_new_or_changed_rows()
    {
        await using var db = await NewDatabaseAsync();
        TicketEventEntry[] first =
        [
            new() { TicketId = "ÆØÅ-1", OccurredAt = Morning, Event = TicketEventKind.Created, Type = TicketType.Incident, Priority = 2,
                Service = "Tilgangsadministrasjon æøå", Responsible = "Hemit Brukerstøtte Ålesund", FirstLineResolved = null },
            new() { TicketId = "ÆØÅ-1", OccurredAt = Morning.AddMinutes(30), Event = TicketEventKind.PriorityChanged, Priority = 1 },
            new() { TicketId = "ÆØÅ-1", OccurredAt = Morning.AddHours(3), Event = TicketEventKind.Resolved, FirstLineResolved = false },
        ];
        TicketEventEntry[] second =
        [
            Copy(first[0]),
            Copy(first[1], priority: 3),
            new() { TicketId = "ØST-2", OccurredAt = Morning.AddDays(1), Event = TicketEventKind.Created, Type = TicketType.Order, Priority = 4,
                Service = "Bestilling av utstyr", Responsible = "Helseplattformen", FirstLineResolved = true },
        ];

        ServiceLevelEntry[] levels = [new() { Service = "Tilgangsadministrasjon æøå", Level = 2 }];

        IReadOnlyList<TicketEventEntry> firstChanged = [];
        IReadOnlyList<TicketEventEntry> secondChanged = [];
        var summary = await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            firstChanged = await import.UpsertAsync(first, ct);
            await import.UpsertAsync(levels, ct);
            secondChanged = await import.UpsertAsync(second, ct);
        }, CancellationToken.None);

        Assert.Equal(first, firstChanged.OrderBy(e => e.OccurredAt));
        Assert.Equal(new[] { second[1], second[2] }, secondChanged.OrderBy(e => e.OccurredAt));
        Assert.Equal((6, 1), (summary.Accepted, summary.Unchanged));
        Assert.Equal(2, (await db.Set<ServiceLevelEntry>().SingleAsync()).Level);
        var stored = await db.TicketEvents.AsNoTracking().OrderBy(e => e.OccurredAt).ToListAsync();
        Assert.Equal(new[] { Shown(first[0]), Shown(second[1]), Shown(first[2]), Shown(second[2]) }, stored.Select(Shown));

        // The same batch again, in a transaction of its own: nothing is new or changed.
        var again = await ImportTransaction.RunAsync(db, [], (import, ct) => import.UpsertAsync(second, ct), CancellationToken.None);
        Assert.Equal((0, 3), (again.Accepted, again.Unchanged));
    }

    [Fact]
    public async Task A_batch_whose_first_row_is_new_but_a_later_one_stored_is_merged_after_its_straight_copy_is_taken_back()
    {
        await using var db = await NewDatabaseAsync();
        TicketEventEntry[] stored =
        [
            new() { TicketId = "NORD-1", OccurredAt = Morning, Event = TicketEventKind.Created, Type = TicketType.Incident, Priority = 3,
                Service = "Nettverk Østmarka", Responsible = "Hemit Drift" },
            new() { TicketId = "NORD-1", OccurredAt = Morning.AddHours(2), Event = TicketEventKind.Resolved, FirstLineResolved = true },
        ];
        var first = await ImportTransaction.RunAsync(db, [], (import, ct) => import.UpsertAndCountAsync(stored, ct), CancellationToken.None);
        Assert.Equal((2, 0), (first.Accepted, first.Unchanged));

        // New first, then one stored as it is and one stored but changed: the whole batch goes through the merge.
        TicketEventEntry[] mixed =
        [
            new() { TicketId = "SØR-2", OccurredAt = Morning.AddDays(1), Event = TicketEventKind.Created, Type = TicketType.Order, Priority = 4,
                Service = "Bestilling av utstyr", Responsible = "Helseplattformen" },
            Copy(stored[0]),
            Copy(stored[1], priority: 2),
        ];
        IReadOnlyList<TicketEventEntry> changed = [];
        var summary = await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            changed = await import.UpsertAsync(mixed, ct);
            // The transaction goes on after the COPY taken back: a count-only upsert of the same rows finds them all stored.
            await import.UpsertAndCountAsync(mixed, ct);
        }, CancellationToken.None);

        Assert.Equal(new[] { mixed[2], mixed[0] }, changed.OrderBy(e => e.OccurredAt));
        Assert.Equal((2, 4), (summary.Accepted, summary.Unchanged));
        var rows = await db.TicketEvents.AsNoTracking().OrderBy(e => e.OccurredAt).ToListAsync();
        Assert.Equal(new[] { Shown(stored[0]), Shown(mixed[2]), Shown(mixed[0]) }, rows.Select(Shown));
    }

    private async Task<ServiceDeskDbContext> NewDatabaseAsync()
    {
        var db = new ServiceDeskDbContext(new DbContextOptionsBuilder<ServiceDeskDbContext>()
            .UseNpgsql(await servers.CreateDatabaseAsync("servicedesk_upsert")).Options);
        await db.Database.MigrateAsync();
        return db;
    }

    private static TicketEventEntry Copy(TicketEventEntry entry, int? priority = null) => new()
    {
        TicketId = entry.TicketId, OccurredAt = entry.OccurredAt, Event = entry.Event, Type = entry.Type, Priority = priority ?? entry.Priority,
        Service = entry.Service, Responsible = entry.Responsible, FirstLineResolved = entry.FirstLineResolved,
    };

    private static string Shown(TicketEventEntry e) =>
        $"{e.TicketId}|{e.OccurredAt.UtcDateTime:O}|{e.Event}|{e.Type}|{e.Priority}|{e.Service}|{e.Responsible}|{e.FirstLineResolved}";
}
