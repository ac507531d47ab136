using Hemit.Cli.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Cli.Projects;

/// <summary>The projects service's import files: their columns and how a row becomes the message the service receives.</summary>
public static class ProjectsImportFiles
{
    /// <summary>Separates the parts of a list in one cell (<c>P-SDDC|HP-PD1</c>, <c>2021=4000000|2022=6000000</c>): neither a comma nor a semicolon.</summary>
    public const char ListSeparator = '|';

    public static readonly ImportFileLayout Projects = new(
        ["period", "project_id", "name", "portfolio", "customer", "phase", "start_date", "planned_end", "budget_total", "spent_to_date",
            "forecast", "schedule_status", "cost_status", "scope_status", "manager_role"],
        ["status_comment", "budget_by_year", "depends_on"]);

    public static readonly ImportFileLayout Milestones = new(["milestone_id", "name", "due_date"], ["project_id", "owner", "completed_date"]);

    public static readonly ImportFileLayout WorkOrders = new(["order_id", "category", "customer", "received_date", "due_date"], ["delivered_date"]);

    public static readonly ImportFileLayout Benefits = new(["benefit_id", "description", "unit", "year", "expected"], ["project_id", "measure", "realised"]);

    /// <summary>Dates stay text (YYYY-MM-DD); the service checks them, so a pushed row and a file row get the same sentence.</summary>
    public static Project ToProject(CsvRow row)
    {
        var project = new Project
        {
            Period = row.Period("period"),
            ProjectId = row.Text("project_id"),
            Name = row.Text("name"),
            Portfolio = Code(row, "portfolio", ProjectNames.Portfolio),
            Customer = row.Text("customer"),
            Phase = Code(row, "phase", ProjectNames.Phase),
            StartDate = row.Text("start_date"),
            PlannedEnd = row.Text("planned_end"),
            BudgetTotal = row.Money("budget_total"),
            SpentToDate = row.Money("spent_to_date"),
            Forecast = row.Money("forecast"),
            ScheduleStatus = Code(row, "schedule_status", ProjectNames.Colour),
            CostStatus = Code(row, "cost_status", ProjectNames.Colour),
            ScopeStatus = Code(row, "scope_status", ProjectNames.Colour),
            StatusComment = row.OptionalText("status_comment") ?? string.Empty,
            ManagerRole = row.Text("manager_role"),
        };
        project.DependsOn.AddRange(List(row, "depends_on"));
        foreach (var part in List(row, "budget_by_year"))
        {
            var pieces = part.Split('=');
            if (pieces.Length != 2 || !int.TryParse(pieces[0], System.Globalization.CultureInfo.InvariantCulture, out var year))
            {
                row.Refuse("budget_by_year", $"'{part}' is not YEAR=AMOUNT; write e.g. 2021=4000000{ListSeparator}2022=6000000", 0);
                continue;
            }

            if (!NumberText.TryParse(pieces[1], row.DecimalSign, out var amount, out var reason))
            {
                row.Refuse("budget_by_year", $"{year}: {reason}", 0);
                continue;
            }

            project.BudgetByYear.Add(new YearBudget { Year = year, Budget = Money.FromDecimal(amount) });
        }

        return project;
    }

    public static Milestone ToMilestone(CsvRow row) => new()
    {
        MilestoneId = row.Text("milestone_id"),
        Name = row.Text("name"),
        ProjectId = row.OptionalText("project_id") ?? string.Empty,
        Owner = row.OptionalText("owner") ?? string.Empty,
        DueDate = row.Text("due_date"),
        CompletedDate = row.OptionalText("completed_date") ?? string.Empty,
    };

    public static WorkOrder ToWorkOrder(CsvRow row) => new()
    {
        OrderId = row.Text("order_id"),
        Category = Code(row, "category", ProjectNames.Category),
        Customer = row.Text("customer"),
        ReceivedDate = row.Text("received_date"),
        DueDate = row.Text("due_date"),
        DeliveredDate = row.OptionalText("delivered_date") ?? string.Empty,
    };

    public static Benefit ToBenefit(CsvRow row) => new()
    {
        BenefitId = row.Text("benefit_id"),
        ProjectId = row.OptionalText("project_id") ?? string.Empty,
        Measure = row.OptionalText("measure") ?? string.Empty,
        Description = row.Text("description"),
        Unit = Code(row, "unit", ProjectNames.Unit),
        Year = row.Integer("year"),
        Expected = Contracts.Common.V1.Decimal.FromDecimal(row.Decimal("expected")),
        Realised = row.Has("realised") ? Contracts.Common.V1.Decimal.FromDecimal(row.Decimal("realised")) : null,
    };

    private static IEnumerable<string> List(CsvRow row, string field) =>
        row.OptionalText(field) is { } text ? text.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];

    private static TEnum Code<TEnum>(CsvRow row, string field, ProjectCodes<TEnum> codes)
        where TEnum : struct, Enum
    {
        var text = row.Text(field);
        if (text.Length == 0)
        {
            return default;
        }

        return codes.TryParse(text, out var value)
            ? value
            : row.Refuse(field, $"'{text}' is not one of {string.Join(", ", codes.All)}", default(TEnum));
    }
}
