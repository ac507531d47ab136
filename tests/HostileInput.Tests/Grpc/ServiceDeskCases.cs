using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.HostileInput.Tests.Support;
using DowntimeEntry = Hemit.ServiceDesk.Availability.DowntimeEntry;
using ServiceLevelEntry = Hemit.ServiceDesk.Availability.ServiceLevelEntry;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Grpc;
using CallIntervalEntry = Hemit.ServiceDesk.Phone.CallIntervalEntry;
using ReleaseEntry = Hemit.ServiceDesk.Releases.ReleaseEntry;
using TicketEventEntry = Hemit.ServiceDesk.Tickets.TicketEventEntry;

namespace Hemit.HostileInput.Tests.Grpc;

/// <summary>The service desk's five imports: ticket events, calls, releases, service levels, downtime.</summary>
public static class ServiceDeskCases
{
    /// <summary>An instant in the seed's year, Oslo summer time.</summary>
    private static Timestamp At(int seed, int month, int day, int hour, int minute = 0) =>
        Timestamp.FromDateTimeOffset(new DateTimeOffset(2000 + seed, month, day, hour, minute, 0, TimeSpan.FromHours(2)));

    private static Timestamp InClosedMonth(int hour) => Timestamp.FromDateTimeOffset(new DateTimeOffset(1999, 12, 15, hour, 0, 0, TimeSpan.FromHours(1)));

    public static readonly Ingest<TicketEvent> TicketEvents = new()
    {
        EntryPoint = "servicedesk.ImportTicketEvents",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ServiceDeskClient.ImportTicketEvents(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<TicketEvent>.Count<ServiceDeskGrpcService, ServiceDeskDbContext, TicketEventEntry>(h => h.ServiceDesk),
        Valid = seed =>
        [
            new() { TicketId = $"INC{seed:D4}01", OccurredAt = At(seed, 9, 6, 9, 15), Event = TicketEventKind.Created, Type = TicketType.Incident, Priority = 2, Service = "Doculive EPJ", Responsible = "Hemit brukerstøtte" },
            new() { TicketId = $"INC{seed:D4}01", OccurredAt = At(seed, 9, 6, 11), Event = TicketEventKind.Resolved, FirstLineResolved = true },
            new() { TicketId = $"INC{seed:D4}02", OccurredAt = At(seed, 9, 7, 10), Event = TicketEventKind.Created, Type = TicketType.Support, Priority = 3, Service = "Økonomisystem på Øya", Responsible = "Leverandør Åsgård" },
        ],
    };

    /// <summary>The same events through the batch method, rows spread over several messages.</summary>
    public static readonly Ingest<TicketEvent> TicketEventBatches = new()
    {
        EntryPoint = "servicedesk.ImportTicketEventBatches",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ServiceDeskClient.ImportTicketEventBatches(deadline: Streams.Deadline),
            Streams.InBatches(rows, events => new TicketEventBatch { Events = { events } })),
        CountAsync = TicketEvents.CountAsync,
        Valid = TicketEvents.Valid,
    };

    public static readonly Ingest<CallInterval> Calls = new()
    {
        EntryPoint = "servicedesk.ImportCalls",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ServiceDeskClient.ImportCalls(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<CallInterval>.Count<ServiceDeskGrpcService, ServiceDeskDbContext, CallIntervalEntry>(h => h.ServiceDesk),
        Valid = seed =>
        [
            new() { IntervalStart = At(seed, 10, 4, 8), Answered = 10, TotalWaitSeconds = 300 },
            new() { IntervalStart = At(seed, 10, 4, 8, 15), Answered = 0, TotalWaitSeconds = 0 },
            new() { IntervalStart = At(seed, 10, 4, 8, 30), Answered = 7, TotalWaitSeconds = 1_260 },
        ],
    };

    public static readonly Ingest<Release> Releases = new()
    {
        EntryPoint = "servicedesk.ImportReleases",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ServiceDeskClient.ImportReleases(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<Release>.Count<ServiceDeskGrpcService, ServiceDeskDbContext, ReleaseEntry>(h => h.ServiceDesk),
        Valid = seed =>
        [
            new() { ReleaseId = $"REL-{2000 + seed}-001", Service = "Doculive EPJ", PlannedDate = $"{2000 + seed}-05-01", ActualDate = $"{2000 + seed}-05-03" },
            new() { ReleaseId = $"REL-{2000 + seed}-002", Service = "Økonomisystem på Øya", PlannedDate = $"{2000 + seed}-06-10" },
            new() { ReleaseId = $"REL-{2000 + seed}-003", Service = "Lønn og personal", PlannedDate = $"{2000 + seed}-07-01", ActualDate = $"{2000 + seed}-07-01" },
        ],
    };

    public static readonly Ingest<ServiceLevel> ServiceLevels = new()
    {
        EntryPoint = "servicedesk.ImportServiceLevels",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ServiceDeskClient.ImportServiceLevels(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<ServiceLevel>.Count<ServiceDeskGrpcService, ServiceDeskDbContext, ServiceLevelEntry>(h => h.ServiceDesk),
        Valid = seed =>
        [
            new() { Service = $"Doculive EPJ {seed}", Level = 1, WindowWeekday = 7, WindowStart = "22:00", WindowEnd = "23:30" },
            new() { Service = $"Økonomisystem {seed}", Level = 2 },
            new() { Service = $"Sårbarhetsskanner {seed}", Level = 3 },
        ],
    };

    public static readonly Ingest<Downtime> Downtime = new()
    {
        EntryPoint = "servicedesk.ImportDowntime",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ServiceDeskClient.ImportDowntime(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<Downtime>.Count<ServiceDeskGrpcService, ServiceDeskDbContext, DowntimeEntry>(h => h.ServiceDesk),
        Valid = seed =>
        [
            new() { Service = "Doculive EPJ", Start = At(seed, 10, 4, 9), End = At(seed, 10, 4, 10, 30), Description = "Problemer med oppkobling mot IDS 7 på Øya" },
            new() { Service = "Doculive EPJ", Start = At(seed, 10, 5, 22), End = At(seed, 10, 5, 23), Planned = true, Description = "Planlagt vedlikehold" },
            new() { Service = "Lønn og personal", Start = At(seed, 10, 6, 12), End = At(seed, 10, 6, 12, 5), OutsideHemit = true, Description = "Feil hos leverandør i Ålesund" },
        ],
    };

    public static IEnumerable<IIngestCase> All =>
    [
        TicketEvents.Refuses("zero-record stream", rows => rows.Clear(), "events"),
        TicketEvents.Refuses("missing ticket id", Ingest<TicketEvent>.At(1, r => r.TicketId = ""), "events[1].ticket_id"),
        TicketEvents.Refuses("ticket id with NUL", Ingest<TicketEvent>.At(0, r => r.TicketId = "INC\0001"), "events[0].ticket_id"),
        TicketEvents.Refuses("ticket id that is an e-mail address", Ingest<TicketEvent>.At(2, r => r.TicketId = BadText.EmailAddress), "events[2].ticket_id"),
        TicketEvents.Refuses("missing time", Ingest<TicketEvent>.At(1, r => r.OccurredAt = null), "events[1].occurred_at"),
        TicketEvents.Refuses("time in year 3000", Ingest<TicketEvent>.At(2, r => r.OccurredAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero))), "events[2].occurred_at"),
        TicketEvents.Refuses("unknown event enum", Ingest<TicketEvent>.At(1, r => r.Event = (TicketEventKind)77), "events[1].event"),
        TicketEvents.Refuses("unknown ticket type", Ingest<TicketEvent>.At(2, r => r.Type = (TicketType)12), "events[2].type"),
        TicketEvents.Refuses("priority 5", Ingest<TicketEvent>.At(0, r => r.Priority = 5), "events[0].priority"),
        TicketEvents.Refuses("service with a national identity number", Ingest<TicketEvent>.At(0, r => r.Service = BadText.NationalIdentityNumber), "events[0].service"),
        TicketEvents.Refuses("responsible person's e-mail", Ingest<TicketEvent>.At(2, r => r.Responsible = BadText.EmailAddress), "events[2].responsible"),
        TicketEvents.Refuses("resolved before created", Ingest<TicketEvent>.At(1, r => r.OccurredAt = new Timestamp { Seconds = r.OccurredAt.Seconds - 86_400 }), "events[1].occurred_at"),
        TicketEvents.Refuses("a ticket created twice", rows => rows[2].TicketId = rows[0].TicketId, "events[2].event"),
        TicketEvents.Refuses("the same event twice", rows => rows[2] = rows[1].Clone(), "events[2].event"),
        TicketEvents.Refuses("first-line flag on a creation", Ingest<TicketEvent>.At(0, r => r.FirstLineResolved = false), "events[0].first_line_resolved"),
        TicketEvents.Refuses("closed month", Ingest<TicketEvent>.At(2, r => r.OccurredAt = InClosedMonth(10)), "events[2].occurred_at", StatusCode.FailedPrecondition),
        TicketEventBatches.Refuses("zero-record stream", rows => rows.Clear(), "events"),
        TicketEventBatches.Refuses("missing ticket id in the first message", Ingest<TicketEvent>.At(1, r => r.TicketId = ""), "events[1].ticket_id"),
        TicketEventBatches.Refuses("time in year 3000 in the last message", Ingest<TicketEvent>.At(2, r => r.OccurredAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero))), "events[2].occurred_at"),
        TicketEventBatches.Refuses("a ticket created twice across messages", rows => rows[2].TicketId = rows[0].TicketId, "events[2].event"),
        TicketEventBatches.Refuses("the same event twice across messages", rows => rows[2] = rows[1].Clone(), "events[2].event"),
        TicketEventBatches.Refuses("closed month", Ingest<TicketEvent>.At(2, r => r.OccurredAt = InClosedMonth(10)), "events[2].occurred_at", StatusCode.FailedPrecondition),

        Calls.Refuses("zero-record stream", rows => rows.Clear(), "intervals"),
        Calls.Refuses("missing interval start", Ingest<CallInterval>.At(1, r => r.IntervalStart = null), "intervals[1].interval_start"),
        Calls.Refuses("interval start with bad nanos", Ingest<CallInterval>.At(0, r => r.IntervalStart = new Timestamp { Seconds = r.IntervalStart.Seconds, Nanos = -5 }), "intervals[0].interval_start"),
        Calls.Refuses("negative answered count", Ingest<CallInterval>.At(1, r => r.Answered = -1), "intervals[1].answered"),
        Calls.Refuses("negative wait", Ingest<CallInterval>.At(2, r => r.TotalWaitSeconds = -60), "intervals[2].total_wait_seconds"),
        Calls.Refuses("wait without an answered call", Ingest<CallInterval>.At(1, r => r.TotalWaitSeconds = 10), "intervals[1].total_wait_seconds"),
        Calls.Refuses("the same interval twice", rows => rows[2].IntervalStart = rows[0].IntervalStart, "intervals[2].interval_start"),
        Calls.Refuses("closed month", Ingest<CallInterval>.At(1, r => r.IntervalStart = InClosedMonth(8)), "intervals[1].interval_start", StatusCode.FailedPrecondition),

        Releases.Refuses("zero-record stream", rows => rows.Clear(), "releases"),
        Releases.Refuses("missing release id", Ingest<Release>.At(1, r => r.ReleaseId = ""), "releases[1].release_id"),
        Releases.Refuses("release id with NUL", Ingest<Release>.At(1, r => r.ReleaseId = "REL\0-1"), "releases[1].release_id"),
        Releases.Refuses("over-long release id", Ingest<Release>.At(0, r => r.ReleaseId = new string('R', 65)), "releases[0].release_id"),
        Releases.Refuses("service that is an e-mail address", Ingest<Release>.At(2, r => r.Service = BadText.EmailAddress), "releases[2].service"),
        Releases.Refuses("30 February", Ingest<Release>.At(1, r => r.PlannedDate = "2021-02-30"), "releases[1].planned_date"),
        Releases.Refuses("missing planned date", Ingest<Release>.At(0, r => r.PlannedDate = ""), "releases[0].planned_date"),
        Releases.Refuses("actual date in words", Ingest<Release>.At(2, r => r.ActualDate = "i morgen"), "releases[2].actual_date"),
        Releases.Refuses("the same release twice", rows => rows[2].ReleaseId = rows[0].ReleaseId, "releases[2].release_id"),
        Releases.Refuses("closed month", Ingest<Release>.At(1, r => r.PlannedDate = "1999-12-10"), "releases[1].planned_date", StatusCode.FailedPrecondition),

        ServiceLevels.Refuses("zero-record stream", rows => rows.Clear(), "service_levels"),
        ServiceLevels.Refuses("level 4", Ingest<ServiceLevel>.At(1, r => r.Level = 4), "service_levels[1].level"),
        ServiceLevels.Refuses("weekday 8", Ingest<ServiceLevel>.At(0, r => r.WindowWeekday = 8), "service_levels[0].window_weekday"),
        ServiceLevels.Refuses("window starting 25:00", Ingest<ServiceLevel>.At(0, r => r.WindowStart = "25:00"), "service_levels[0].window_start"),
        ServiceLevels.Refuses("window ending before it starts", Ingest<ServiceLevel>.At(0, r => r.WindowEnd = "21:00"), "service_levels[0].window_end"),
        ServiceLevels.Refuses("service with NUL", Ingest<ServiceLevel>.At(2, r => r.Service = BadText.Nul), "service_levels[2].service"),
        ServiceLevels.Refuses("two levels for one service", rows => rows[1].Service = rows[0].Service, "service_levels[1].level"),
        ServiceLevels.Refuses("the same service twice", rows => rows[2] = rows[1].Clone(), "service_levels[2].window_start"),

        Downtime.Refuses("zero-record stream", rows => rows.Clear(), "downtime"),
        Downtime.Refuses("end before start", Ingest<Downtime>.At(1, r => r.End = r.Start), "downtime[1].end"),
        Downtime.Refuses("missing start", Ingest<Downtime>.At(0, r => r.Start = null), "downtime[0].start"),
        Downtime.Refuses("missing description", Ingest<Downtime>.At(2, r => r.Description = ""), "downtime[2].description"),
        Downtime.Refuses("description with NUL", Ingest<Downtime>.At(2, r => r.Description = BadText.Nul), "downtime[2].description"),
        Downtime.Refuses("description with a national identity number", Ingest<Downtime>.At(1, r => r.Description = "Meldt av " + BadText.NationalIdentityNumber), "downtime[1].description"),
        Downtime.Refuses("over-long description", Ingest<Downtime>.At(0, r => r.Description = BadText.TooLong), "downtime[0].description"),
        Downtime.Refuses("the same downtime twice", rows => { rows[1].Start = rows[0].Start; rows[1].End = rows[0].End; }, "downtime[1].start"),
        Downtime.Refuses("closed month", Ingest<Downtime>.At(1, r => { r.Start = InClosedMonth(9); r.End = InClosedMonth(10); }), "downtime[1].start", StatusCode.FailedPrecondition),
    ];
}
