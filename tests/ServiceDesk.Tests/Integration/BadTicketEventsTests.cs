using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>A bad row refuses its whole batch with every bad field named by row; a closed month refuses what touches it.</summary>
[Collection(ServersCollection.Name)]
public sealed class BadTicketEventsTests(PlatformServers servers)
{
    private static Timestamp At(string iso) => Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    private static TicketEvent Created(string id, string at, int priority = 3) => new()
    {
        TicketId = id, OccurredAt = At(at), Event = TicketEventKind.Created, Type = TicketType.Incident,
        Priority = priority, Service = "Doculive EPJ", Responsible = "Hemit",
    };

    private static TicketEvent Resolved(string id, string at) => new()
    {
        TicketId = id, OccurredAt = At(at), Event = TicketEventKind.Resolved, FirstLineResolved = true,
    };

    private static IReadOnlyList<(string Field, string Description)> Violations(RpcException refusal) =>
        refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => (v.Field, v.Description)).ToList();

    [Fact]
    public async Task Every_bad_row_is_named_with_its_field_and_nothing_is_written()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var batch = new[]
        {
            Created("INC1", "2021-10-04T09:00:00+02:00"),
            Resolved("INC1", "2021-10-04T08:00:00+02:00"),                                     // row 2: before creation
            Created("INC2", "2021-10-04T09:00:00+02:00", priority: 5),                         // row 3: no such priority
            new TicketEvent { TicketId = "INC3", OccurredAt = At("2021-10-04T09:00:00+02:00") }, // row 4: no event
            Created("INC1", "2021-10-04T09:00:00+02:00"),                                      // row 5: repeats row 1
            new TicketEvent { TicketId = "INC4", Event = TicketEventKind.Created, Type = TicketType.Order, Priority = 4, Service = "Arbeidsflate", Responsible = "ola.nordmann@hemit.no" }, // row 6
        };

        var refusal = await Assert.ThrowsAsync<RpcException>(() => desk.PushAsync(batch));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        var violations = Violations(refusal);
        Assert.Contains(violations, v => v.Field == "events[1].occurred_at" && v.Description.StartsWith("row 2: resolved at", StringComparison.Ordinal) && v.Description.Contains("before ticket INC1 was created"));
        Assert.Contains(violations, v => v.Field == "events[2].priority" && v.Description == "row 3: 5 is not a priority; use 1 (critical) to 4 (low)");
        Assert.Contains(violations, v => v.Field == "events[3].event" && v.Description.StartsWith("row 4: missing or unknown; use one of created, pending, resumed, resolved, reopened, priority_changed", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Field == "events[4].event" && v.Description.Contains("appears more than once in this batch (first in row 1)"));
        Assert.Contains(violations, v => v.Field == "events[5].occurred_at" && v.Description.StartsWith("row 6: missing", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Field == "events[5].responsible" && v.Description.Contains("***@***") && !v.Description.Contains("ola.nordmann"));
        Assert.Equal(0, await desk.QueryAsync(db => db.TicketEvents.CountAsync()));
    }

    [Fact]
    public async Task A_ticket_number_takes_Norwegian_letters_and_a_refused_one_is_told_which_characters_a_number_has()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => desk.PushAsync([
            Created("ØST-0001", "2021-10-04T09:00:00+02:00"),
            Created("INC 0002", "2021-10-04T09:00:00+02:00"),
        ]));
        var summary = await desk.PushAsync([Created("ØST-0001", "2021-10-04T09:00:00+02:00"), Resolved("ØST-0001", "2021-10-04T10:00:00+02:00")]);

        Assert.Equal(("events[1].ticket_id", "row 2: 'INC 0002' is not a ticket number: letters (æ, ø and å too), digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters, e.g. INC0012345"),
            Assert.Single(Violations(refusal)));
        Assert.Equal(2, summary.Accepted);
        Assert.Equal(["ØST-0001", "ØST-0001"], await desk.QueryAsync(db => db.TicketEvents.Select(e => e.TicketId).ToListAsync()));
    }

    [Fact]
    public async Task A_resolution_before_a_stored_creation_is_refused_in_a_later_batch()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        await desk.PushAsync([Created("INC9", "2021-10-04T09:00:00+02:00")]);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => desk.PushAsync([
            Resolved("INC8", "2021-10-04T12:00:00+02:00"),
            Resolved("INC9", "2021-10-01T12:00:00+02:00"),
        ]));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Equal("events[1].occurred_at", Assert.Single(Violations(refusal)).Field);
        Assert.Equal(1, await desk.QueryAsync(db => db.TicketEvents.CountAsync()));
    }

    [Fact]
    public async Task Events_in_a_closed_month_are_refused_until_it_is_reopened()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        await desk.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2021, 10) });
        // 31 October 23:30 Oslo time is still October, though 22:30 UTC.
        var lateEvening = new[] { Created("INC7", "2021-10-31T23:30:00+01:00") };

        var refusal = await Assert.ThrowsAsync<RpcException>(() => desk.PushAsync(lateEvening));
        var writtenWhileClosed = await desk.QueryAsync(db => db.TicketEvents.CountAsync());
        await desk.Client.ReopenPeriodAsync(new ReopenPeriodRequest { Period = Period.Of(2021, 10), Reason = "Sen registrering i ITSM", ReopenedBy = "tjenesteleder" });
        var summary = await desk.PushAsync(lateEvening);

        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
        Assert.Equal(["periods/2021-10"], refusal.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations.Select(v => v.Subject));
        Assert.Equal((0, 1), (writtenWhileClosed, summary.Accepted));
    }
}
