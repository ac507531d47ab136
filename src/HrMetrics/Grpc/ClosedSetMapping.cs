using Hemit.HrMetrics.Staffing;
using Hemit.HrMetrics.WorkingTime;
using Wire = Hemit.Contracts.HrMetrics.V1;

namespace Hemit.HrMetrics.Grpc;

/// <summary>HR's closed sets between the wire enums and the domain enums; a wire value with no domain match is null (refused by the validators).</summary>
public static class ClosedSetMapping
{
    public static StaffingCategory? FromWire(this Wire.StaffingCategory category) => category switch
    {
        Wire.StaffingCategory.Permanent => StaffingCategory.Permanent,
        Wire.StaffingCategory.Temporary => StaffingCategory.Temporary,
        Wire.StaffingCategory.TempAgency => StaffingCategory.TempAgency,
        Wire.StaffingCategory.Consultant => StaffingCategory.Consultant,
        _ => null,
    };

    public static Wire.StaffingCategory ToWire(this StaffingCategory category) => category switch
    {
        StaffingCategory.Permanent => Wire.StaffingCategory.Permanent,
        StaffingCategory.Temporary => Wire.StaffingCategory.Temporary,
        StaffingCategory.TempAgency => Wire.StaffingCategory.TempAgency,
        StaffingCategory.Consultant => Wire.StaffingCategory.Consultant,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static WorkingTimeRule? FromWire(this Wire.WorkingTimeRule rule) => rule switch
    {
        Wire.WorkingTimeRule.DailyRest => WorkingTimeRule.DailyRest,
        Wire.WorkingTimeRule.WeeklyRest => WorkingTimeRule.WeeklyRest,
        Wire.WorkingTimeRule.MaxHoursDay => WorkingTimeRule.MaxHoursDay,
        Wire.WorkingTimeRule.MaxHoursWeek => WorkingTimeRule.MaxHoursWeek,
        Wire.WorkingTimeRule.Overtime => WorkingTimeRule.Overtime,
        Wire.WorkingTimeRule.NightWork => WorkingTimeRule.NightWork,
        Wire.WorkingTimeRule.SundayWork => WorkingTimeRule.SundayWork,
        _ => null,
    };

    public static Wire.WorkingTimeRule ToWire(this WorkingTimeRule rule) => rule switch
    {
        WorkingTimeRule.DailyRest => Wire.WorkingTimeRule.DailyRest,
        WorkingTimeRule.WeeklyRest => Wire.WorkingTimeRule.WeeklyRest,
        WorkingTimeRule.MaxHoursDay => Wire.WorkingTimeRule.MaxHoursDay,
        WorkingTimeRule.MaxHoursWeek => Wire.WorkingTimeRule.MaxHoursWeek,
        WorkingTimeRule.Overtime => Wire.WorkingTimeRule.Overtime,
        WorkingTimeRule.NightWork => Wire.WorkingTimeRule.NightWork,
        WorkingTimeRule.SundayWork => Wire.WorkingTimeRule.SundayWork,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>An unset cause (0) is a row whose source gave none: <see cref="ViolationCause.Unspecified"/>.</summary>
    public static ViolationCause? FromWire(this Wire.ViolationCause cause) => cause switch
    {
        Wire.ViolationCause.Unspecified => ViolationCause.Unspecified,
        Wire.ViolationCause.OnCallCallout => ViolationCause.OnCallCallout,
        Wire.ViolationCause.Incident => ViolationCause.Incident,
        Wire.ViolationCause.Deployment => ViolationCause.Deployment,
        Wire.ViolationCause.Maintenance => ViolationCause.Maintenance,
        Wire.ViolationCause.ProjectDeadline => ViolationCause.ProjectDeadline,
        Wire.ViolationCause.SicknessCover => ViolationCause.SicknessCover,
        Wire.ViolationCause.Other => ViolationCause.Other,
        _ => null,
    };

    public static Wire.ViolationCause ToWire(this ViolationCause cause) => cause switch
    {
        ViolationCause.Unspecified => Wire.ViolationCause.Unspecified,
        ViolationCause.OnCallCallout => Wire.ViolationCause.OnCallCallout,
        ViolationCause.Incident => Wire.ViolationCause.Incident,
        ViolationCause.Deployment => Wire.ViolationCause.Deployment,
        ViolationCause.Maintenance => Wire.ViolationCause.Maintenance,
        ViolationCause.ProjectDeadline => Wire.ViolationCause.ProjectDeadline,
        ViolationCause.SicknessCover => Wire.ViolationCause.SicknessCover,
        ViolationCause.Other => Wire.ViolationCause.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };
}
