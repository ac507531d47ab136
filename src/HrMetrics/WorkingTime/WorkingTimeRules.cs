namespace Hemit.HrMetrics.WorkingTime;

/// <summary>The working-time provisions (arbeidstidsbestemmelsene, AML kap. 10) a violation can break, as PRS records them.</summary>
public enum WorkingTimeRule
{
    DailyRest,
    WeeklyRest,
    MaxHoursDay,
    MaxHoursWeek,
    Overtime,
    NightWork,
    SundayWork,
}

/// <summary>Why a working-time rule was broken; <see cref="Unspecified"/> when the source gives no cause.</summary>
public enum ViolationCause
{
    Unspecified,
    OnCallCallout,
    Incident,
    Deployment,
    Maintenance,
    ProjectDeadline,
    SicknessCover,

    /// <summary>Any other cause; the free cause codes stored before causes became a closed set were folded into it.</summary>
    Other,
}

/// <summary>The code each rule and cause is stored as (and exported as in csv/json).</summary>
public static class WorkingTimeRules
{
    public static readonly IReadOnlyList<WorkingTimeRule> AllRules = Enum.GetValues<WorkingTimeRule>();

    public static readonly IReadOnlyList<ViolationCause> AllCauses = Enum.GetValues<ViolationCause>();

    public static string ToText(this WorkingTimeRule rule) => rule switch
    {
        WorkingTimeRule.DailyRest => "daily_rest",
        WorkingTimeRule.WeeklyRest => "weekly_rest",
        WorkingTimeRule.MaxHoursDay => "max_hours_day",
        WorkingTimeRule.MaxHoursWeek => "max_hours_week",
        WorkingTimeRule.Overtime => "overtime",
        WorkingTimeRule.NightWork => "night_work",
        WorkingTimeRule.SundayWork => "sunday_work",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    public static string ToText(this ViolationCause cause) => cause switch
    {
        ViolationCause.Unspecified => "unspecified",
        ViolationCause.OnCallCallout => "on_call_callout",
        ViolationCause.Incident => "incident",
        ViolationCause.Deployment => "deployment",
        ViolationCause.Maintenance => "maintenance",
        ViolationCause.ProjectDeadline => "project_deadline",
        ViolationCause.SicknessCover => "sickness_cover",
        ViolationCause.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    public static WorkingTimeRule ParseRule(string text) =>
        AllRules.Where(r => r.ToText() == text).Select(r => (WorkingTimeRule?)r).FirstOrDefault()
        ?? throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown working-time rule.");

    public static ViolationCause ParseCause(string text) =>
        AllCauses.Where(c => c.ToText() == text).Select(c => (ViolationCause?)c).FirstOrDefault()
        ?? throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown violation cause.");
}
