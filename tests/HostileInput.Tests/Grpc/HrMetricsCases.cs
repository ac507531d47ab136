using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HostileInput.Tests.Support;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using SickLeaveEntry = Hemit.HrMetrics.SickLeave.SickLeaveEntry;
using StaffingEntry = Hemit.HrMetrics.Staffing.StaffingEntry;
using WorkingTimeViolationEntry = Hemit.HrMetrics.WorkingTime.WorkingTimeViolationEntry;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HostileInput.Tests.Grpc;

/// <summary>HR metrics' three imports: aggregates per unit or category and month, never a person.</summary>
public static class HrMetricsCases
{
    private static Decimal Days(decimal days) => Decimal.FromDecimal(days);

    public static readonly Ingest<SickLeaveRecord> SickLeave = new()
    {
        EntryPoint = "hrmetrics.ImportSickLeave",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.HrClient.ImportSickLeave(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<SickLeaveRecord>.Count<HrMetricsGrpcService, HrMetricsDbContext, SickLeaveEntry>(h => h.HrMetrics),
        Valid = seed =>
        [
            new() { Period = Period.Of(2000 + seed, 10), Unit = "Brukerstøtte", AgreedWorkDays = Days(1200m), SickLeaveDays = Days(61.5m), SelfCertifiedDays = Days(12m) },
            new() { Period = Period.Of(2000 + seed, 10), Unit = "Drift og infrastruktur", AgreedWorkDays = Days(2300.25m), SickLeaveDays = Days(98m) },
            new() { Period = Period.Of(2000 + seed, 11), Unit = "Økonomi og innkjøp på Åsen", AgreedWorkDays = Days(400m), SickLeaveDays = Days(0m) },
        ],
    };

    public static readonly Ingest<WorkingTimeViolationRecord> WorkingTime = new()
    {
        EntryPoint = "hrmetrics.ImportWorkingTimeViolations",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.HrClient.ImportWorkingTimeViolations(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<WorkingTimeViolationRecord>.Count<HrMetricsGrpcService, HrMetricsDbContext, WorkingTimeViolationEntry>(h => h.HrMetrics),
        Valid = seed =>
        [
            new() { Period = Period.Of(2000 + seed, 3), Unit = "Brukerstøtte", Rule = WorkingTimeRule.DailyRest, Count = 4, Cause = ViolationCause.OnCallCallout },
            new() { Period = Period.Of(2000 + seed, 3), Unit = "Brukerstøtte", Rule = WorkingTimeRule.Overtime, Count = 0 },
            new() { Period = Period.Of(2000 + seed, 4), Unit = "Nettverk og sikkerhet på Øya", Rule = WorkingTimeRule.NightWork, Count = 12, Cause = ViolationCause.Deployment },
        ],
    };

    public static readonly Ingest<StaffingRecord> Staffing = new()
    {
        EntryPoint = "hrmetrics.ImportStaffing",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.HrClient.ImportStaffing(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<StaffingRecord>.Count<HrMetricsGrpcService, HrMetricsDbContext, StaffingEntry>(h => h.HrMetrics),
        Valid = seed =>
        [
            new() { Period = Period.Of(2000 + seed, 6), Category = StaffingCategory.Permanent, FteMonths = Days(612.5m), Headcount = 640, Starters = 3, Leavers = 2 },
            new() { Period = Period.Of(2000 + seed, 6), Category = StaffingCategory.Temporary, FteMonths = Days(21m), Headcount = 25 },
            new() { Period = Period.Of(2000 + seed, 6), Category = StaffingCategory.Consultant, FteMonths = Days(40.25m), Headcount = 44 },
        ],
    };

    public static IEnumerable<IIngestCase> All =>
    [
        SickLeave.Refuses("zero-record stream", rows => rows.Clear(), "sick_leave"),
        SickLeave.Refuses("missing period", Ingest<SickLeaveRecord>.At(1, r => r.Period = null), "sick_leave[1].period"),
        SickLeave.Refuses("month 0", Ingest<SickLeaveRecord>.At(1, r => r.Period = Period.Of(2021, 0)), "sick_leave[1].period"),
        SickLeave.Refuses("unit that is a national identity number", Ingest<SickLeaveRecord>.At(1, r => r.Unit = "010170 12345"), "sick_leave[1].unit"),
        SickLeave.Refuses("unit that is an e-mail address", Ingest<SickLeaveRecord>.At(0, r => r.Unit = BadText.EmailAddress), "sick_leave[0].unit"),
        SickLeave.Refuses("unit with NUL", Ingest<SickLeaveRecord>.At(2, r => r.Unit = BadText.Nul), "sick_leave[2].unit"),
        SickLeave.Refuses("over-long unit", Ingest<SickLeaveRecord>.At(2, r => r.Unit = BadText.TooLong), "sick_leave[2].unit"),
        SickLeave.Refuses("negative sick days", Ingest<SickLeaveRecord>.At(1, r => r.SickLeaveDays = Days(-1m)), "sick_leave[1].sick_leave_days"),
        SickLeave.Refuses("sick leave above 100 % of agreed days", Ingest<SickLeaveRecord>.At(0, r => r.SickLeaveDays = Days(1200.5m)), "sick_leave[0].sick_leave_days"),
        SickLeave.Refuses("self-certified above sick days", Ingest<SickLeaveRecord>.At(0, r => r.SelfCertifiedDays = Days(70m)), "sick_leave[0].self_certified_days"),
        SickLeave.Refuses("agreed days with five decimals", Ingest<SickLeaveRecord>.At(1, r => r.AgreedWorkDays = Days(2300.12345m)), "sick_leave[1].agreed_work_days"),
        SickLeave.Refuses("duplicate unit and month", rows => rows[1].Unit = rows[0].Unit, "sick_leave[1].unit"),
        SickLeave.Refuses("closed month", Ingest<SickLeaveRecord>.At(2, r => r.Period = IngestHosts.ClosedMonth), "sick_leave[2].period", StatusCode.FailedPrecondition),

        WorkingTime.Refuses("zero-record stream", rows => rows.Clear(), "violations"),
        WorkingTime.Refuses("unknown rule enum", Ingest<WorkingTimeViolationRecord>.At(1, r => r.Rule = (WorkingTimeRule)99), "violations[1].rule"),
        WorkingTime.Refuses("missing rule", Ingest<WorkingTimeViolationRecord>.At(0, r => r.Rule = WorkingTimeRule.Unspecified), "violations[0].rule"),
        WorkingTime.Refuses("unknown cause enum", Ingest<WorkingTimeViolationRecord>.At(2, r => r.Cause = (ViolationCause)40), "violations[2].cause"),
        WorkingTime.Refuses("negative count", Ingest<WorkingTimeViolationRecord>.At(2, r => r.Count = -3), "violations[2].count"),
        WorkingTime.Refuses("unit with a control character", Ingest<WorkingTimeViolationRecord>.At(0, r => r.Unit = BadText.ControlCharacter), "violations[0].unit"),
        WorkingTime.Refuses("duplicate unit, rule and cause", rows => { rows[1].Rule = rows[0].Rule; rows[1].Cause = rows[0].Cause; }, "violations[1].rule"),
        WorkingTime.Refuses("closed month", Ingest<WorkingTimeViolationRecord>.At(0, r => r.Period = IngestHosts.ClosedMonth), "violations[0].period", StatusCode.FailedPrecondition),

        Staffing.Refuses("zero-record stream", rows => rows.Clear(), "staffing"),
        Staffing.Refuses("missing category", Ingest<StaffingRecord>.At(1, r => r.Category = StaffingCategory.Unspecified), "staffing[1].category"),
        Staffing.Refuses("negative headcount", Ingest<StaffingRecord>.At(1, r => r.Headcount = -1), "staffing[1].headcount"),
        Staffing.Refuses("negative leavers", Ingest<StaffingRecord>.At(0, r => r.Leavers = -2), "staffing[0].leavers"),
        Staffing.Refuses("malformed FTE months", Ingest<StaffingRecord>.At(2, r => r.FteMonths = new Decimal { Units = 3, Nanos = -1 }), "staffing[2].fte_months"),
        Staffing.Refuses("month 13", Ingest<StaffingRecord>.At(2, r => r.Period = Period.Of(2021, 13)), "staffing[2].period"),
        Staffing.Refuses("duplicate category and month", rows => rows[2].Category = rows[0].Category, "staffing[2].category"),
        Staffing.Refuses("closed month", Ingest<StaffingRecord>.At(1, r => r.Period = IngestHosts.ClosedMonth), "staffing[1].period", StatusCode.FailedPrecondition),
    ];
}
