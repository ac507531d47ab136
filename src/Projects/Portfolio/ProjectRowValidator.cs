using Hemit.BuildingBlocks.Importing;
using Hemit.Projects.Importing;
using Wire = Hemit.Contracts.Projects.V1;

namespace Hemit.Projects.Portfolio;

/// <summary>A checked project row: the month's status, its budget per year and what it depends on.</summary>
public sealed record ProjectRow(long Row, ProjectEntry Project, IReadOnlyList<ProjectYearBudgetEntry> YearBudgets, IReadOnlyList<string> DependsOn);

/// <summary>
/// Checks pushed projects one by one: known codes, real dates with the end not before the start, amounts in NOK not
/// negative, the years adding up to the total, each project once per month. Whether its dependencies exist and form
/// no cycle is judged against the whole batch and what is stored (<see cref="ProjectImporter"/>).
/// </summary>
public static class ProjectRowValidator
{
    public static readonly BatchRules<Wire.Project, ProjectRow, (int, int, string)> Batch = new("Project import", "projects", Validate,
        r => (r.Project.Year, r.Project.Month, r.Project.ProjectId), r => ("project_id", $"project {r.Project.ProjectId} in {r.Project.Year:D4}-{r.Project.Month:D2}"));

    public static ProjectRow? Validate(Wire.Project message, long row, RowRejections rejections)
    {
        var ok = rejections.CheckPeriod(row, "period", message.Period);
        ok &= IdRule.Check(rejections, row, "project_id", message.ProjectId, "project", "P-SNR-IKT");
        ok &= rejections.CheckName(row, "name", message.Name, "project", "SNR IKT");
        var portfolio = Code(ProjectCodes.Portfolio, (int)message.Portfolio, row, "portfolio", rejections, ref ok);
        ok &= rejections.CheckName(row, "customer", message.Customer, "customer", "Helse Møre og Romsdal");
        var phase = Code(ProjectCodes.Phase, (int)message.Phase, row, "phase", rejections, ref ok);
        var start = DateRules.Read(message.StartDate, row, "start_date", required: true, rejections, ref ok);
        var end = DateRules.Read(message.PlannedEnd, row, "planned_end", required: true, rejections, ref ok);
        if (start is not null && end is not null && end < start)
        {
            ok = rejections.Check(row, "planned_end", $"{DateRules.ToText(end)} is before the start {DateRules.ToText(start)}; a project ends after it starts");
        }

        var budget = Amount(message.BudgetTotal, row, "budget_total", rejections, ref ok);
        var spent = Amount(message.SpentToDate, row, "spent_to_date", rejections, ref ok);
        var forecast = Amount(message.Forecast, row, "forecast", rejections, ref ok);
        var years = YearBudgets(message, row, budget, rejections, ref ok);
        var schedule = Code(ProjectCodes.Colour, (int)message.ScheduleStatus, row, "schedule_status", rejections, ref ok);
        var cost = Code(ProjectCodes.Colour, (int)message.CostStatus, row, "cost_status", rejections, ref ok);
        var scope = Code(ProjectCodes.Colour, (int)message.ScopeStatus, row, "scope_status", rejections, ref ok);
        ok &= rejections.CheckFreeText(row, "status_comment", message.StatusComment);

        ok &= rejections.CheckName(row, "manager_role", message.ManagerRole, "project manager's role", "Prosjektleder infrastruktur");
        var dependsOn = new List<string>();
        for (var i = 0; i < message.DependsOn.Count; i++)
        {
            var target = message.DependsOn[i];
            var field = $"depends_on[{i}]";
            if (!IdRule.Check(rejections, row, field, target, "project or milestone", "HP-PD1"))
            {
                ok = false;
            }
            else if (target == message.ProjectId)
            {
                ok = rejections.Check(row, field, $"{target} is the project itself; a project does not depend on itself");
            }
            else if (dependsOn.Contains(target))
            {
                ok = rejections.Check(row, field, $"{target} is named twice; name each dependency once");
            }
            else
            {
                dependsOn.Add(target);
            }
        }

        if (!ok)
        {
            return null;
        }

        var project = new ProjectEntry
        {
            Year = message.Period.Year,
            Month = message.Period.Month,
            ProjectId = message.ProjectId,
            Name = message.Name,
            Portfolio = portfolio!.Value,
            Customer = message.Customer,
            Phase = phase!.Value,
            StartDate = start!.Value,
            PlannedEnd = end!.Value,
            BudgetTotal = budget!.Value,
            SpentToDate = spent!.Value,
            Forecast = forecast!.Value,
            Schedule = schedule!.Value,
            Cost = cost!.Value,
            Scope = scope!.Value,
            StatusComment = message.StatusComment,
            ManagerRole = message.ManagerRole,
        };
        var yearBudgets = years.Select(y => new ProjectYearBudgetEntry
        {
            Year = project.Year, Month = project.Month, ProjectId = project.ProjectId, BudgetYear = y.Year, Budget = y.Budget,
        }).ToList();
        return new ProjectRow(row, project, yearBudgets, dependsOn);
    }

    /// <summary>A closed-set field: its domain value, or a rejection naming the codes it may take.</summary>
    public static TEnum? Code<TEnum>(Reporting.Codes<TEnum> codes, int wire, long row, string field, RowRejections rejections, ref bool ok)
        where TEnum : struct, Enum
    {
        if (codes.FromWire(wire) is { } value)
        {
            return value;
        }

        ok = rejections.Check(row, field, $"{(wire == 0 ? "missing" : $"{wire} is not a known value")}; use one of {string.Join(", ", codes.All)}");
        return null;
    }

    /// <summary>An amount of NOK that must be there and not be negative.</summary>
    private static decimal? Amount(Contracts.Common.V1.Money? money, long row, string field, RowRejections rejections, ref bool ok)
    {
        if (!AmountRules.TryRead(money, required: true, row, field, rejections, out var amount))
        {
            ok = false;
            return null;
        }

        if (amount < 0)
        {
            ok = rejections.Check(row, field, $"{amount} is negative; an amount of a project is 0 or more");
            return null;
        }

        return amount;
    }

    private static List<(int Year, decimal Budget)> YearBudgets(Wire.Project message, long row, decimal? total, RowRejections rejections, ref bool ok)
    {
        var years = new List<(int Year, decimal Budget)>();
        for (var i = 0; i < message.BudgetByYear.Count; i++)
        {
            var year = message.BudgetByYear[i];
            var field = $"budget_by_year[{i}]";
            var fine = rejections.CheckYear(row, $"{field}.year", year.Year);
            var budget = Amount(year.Budget, row, $"{field}.budget", rejections, ref fine);
            if (fine && years.Any(y => y.Year == year.Year))
            {
                fine = rejections.Check(row, $"{field}.year", $"{year.Year} is given twice; give each year once");
            }

            if (fine)
            {
                years.Add((year.Year, budget!.Value));
            }

            ok &= fine;
        }

        if (ok && years.Count > 0 && total is { } sum && years.Sum(y => y.Budget) != sum)
        {
            ok = rejections.Check(row, "budget_by_year", $"the years add up to {years.Sum(y => y.Budget)}, not the budget total {sum}; give every year's part");
        }

        return years;
    }
}
