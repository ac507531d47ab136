using Hemit.Cli.Importing;
using Hemit.Contracts.HrMetrics.V1;

namespace Hemit.Cli.HrMetrics;

/// <summary>A closed set as a person and a file see it: the wire value, the code written in csv/json and files, the Norwegian name in tables.</summary>
internal sealed class CodeList<TValue>(string what, params (TValue Value, string Code, string Name)[] entries)
    where TValue : struct, Enum
{
    public string Code(TValue value) => Find(e => e.Value.Equals(value))?.Code ?? value.ToString();

    public string Name(TValue value) => Find(e => e.Value.Equals(value))?.Name ?? value.ToString();

    /// <summary>The value a file's cell names; an unknown code is refused naming the field and the codes that are (not the cell, which may be free text about a person).</summary>
    public TValue Read(CsvRow row, string field) => Parse(row, field, row.Text(field));

    /// <summary>As <see cref="Read"/>, but an empty cell is the wire's unset value.</summary>
    public TValue ReadOptional(CsvRow row, string field) => row.OptionalText(field) is { } text ? Parse(row, field, text) : default;

    private TValue Parse(CsvRow row, string field, string text) =>
        text.Length == 0
            ? default
            : Find(e => e.Code == text.ToLowerInvariant())?.Value
              ?? row.Refuse(field, $"not {what}; write one of {string.Join(", ", entries.Select(e => e.Code))}", default(TValue));

    private (TValue Value, string Code, string Name)? Find(Func<(TValue Value, string Code, string Name), bool> match) =>
        entries.Where(match).Select(e => ((TValue, string, string)?)e).FirstOrDefault();
}

/// <summary>HR's closed sets: staffing categories, working-time rules (arbeidsmiljøloven kap. 10) and causes.</summary>
internal static class HrCodes
{
    public static readonly CodeList<StaffingCategory> Categories = new("a staffing category",
        (StaffingCategory.Permanent, "permanent", "fast ansatte"),
        (StaffingCategory.Temporary, "temporary", "midlertidig ansatte"),
        (StaffingCategory.TempAgency, "temp_agency", "vikarer fra byrå"),
        (StaffingCategory.Consultant, "consultant", "innleide konsulenter"));

    public static readonly CodeList<WorkingTimeRule> Rules = new("a working-time rule",
        (WorkingTimeRule.DailyRest, "daily_rest", "Daglig arbeidsfri (hviletid)"),
        (WorkingTimeRule.WeeklyRest, "weekly_rest", "Ukentlig arbeidsfri"),
        (WorkingTimeRule.MaxHoursDay, "max_hours_day", "Maks arbeidstid per dag"),
        (WorkingTimeRule.MaxHoursWeek, "max_hours_week", "Maks arbeidstid per uke"),
        (WorkingTimeRule.Overtime, "overtime", "Overtid utover grensene"),
        (WorkingTimeRule.NightWork, "night_work", "Nattarbeid"),
        (WorkingTimeRule.SundayWork, "sunday_work", "Søndagsarbeid"));

    public static readonly CodeList<ViolationCause> Causes = new("a violation cause",
        (ViolationCause.Unspecified, "unspecified", "Ikke oppgitt"),
        (ViolationCause.OnCallCallout, "on_call_callout", "Utkalling på vakt"),
        (ViolationCause.Incident, "incident", "Hendelse"),
        (ViolationCause.Deployment, "deployment", "Produksjonssetting"),
        (ViolationCause.Maintenance, "maintenance", "Vedlikehold"),
        (ViolationCause.ProjectDeadline, "project_deadline", "Prosjektfrist"),
        (ViolationCause.SicknessCover, "sickness_cover", "Dekke sykefravær"),
        (ViolationCause.Other, "other", "Annen årsak"));
}
