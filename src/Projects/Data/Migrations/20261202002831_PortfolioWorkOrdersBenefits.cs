using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.Projects.Data.Migrations
{
    /// <inheritdoc />
    public partial class PortfolioWorkOrdersBenefits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "benefits",
                columns: table => new
                {
                    benefit_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    project_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    expected = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    realised = table.Column<decimal>(type: "numeric(18,2)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits", x => new { x.benefit_id, x.year });
                    table.CheckConstraint("ck_benefits_source", "(project_id IS NULL) <> (measure IS NULL)");
                    table.CheckConstraint("ck_benefits_unit", "unit IN ('nok_per_year', 'hours_per_year')");
                });

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    milestone_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    project_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    baseline_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.milestone_id);
                });

            migrationBuilder.CreateTable(
                name: "portfolio_snapshots",
                columns: table => new
                {
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    projects = table.Column<int>(type: "integer", nullable: false),
                    report = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portfolio_snapshots", x => x.snapshot_id);
                });

            migrationBuilder.CreateTable(
                name: "project_dependencies",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    project_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    depends_on = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_dependencies", x => new { x.year, x.month, x.project_id, x.depends_on });
                });

            migrationBuilder.CreateTable(
                name: "project_year_budgets",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    project_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    budget = table.Column<decimal>(type: "numeric(18,2)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_year_budgets", x => new { x.year, x.month, x.project_id, x.budget_year });
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    project_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    portfolio = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_end = table.Column<DateOnly>(type: "date", nullable: false),
                    budget_total = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    spent_to_date = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    forecast = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    schedule_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    cost_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    scope_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    manager_role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => new { x.year, x.month, x.project_id });
                    table.CheckConstraint("ck_projects_cost_status", "cost_status IN ('green', 'yellow', 'red')");
                    table.CheckConstraint("ck_projects_phase", "phase IN ('concept', 'planning', 'execution', 'closing', 'closed')");
                    table.CheckConstraint("ck_projects_portfolio", "portfolio IN ('regional_ehealth', 'trust_specific', 'infrastructure', 'interregional', 'external_customer')");
                    table.CheckConstraint("ck_projects_schedule_status", "schedule_status IN ('green', 'yellow', 'red')");
                    table.CheckConstraint("ck_projects_scope_status", "scope_status IN ('green', 'yellow', 'red')");
                });

            migrationBuilder.CreateTable(
                name: "work_order_overdue_announcements",
                columns: table => new
                {
                    order_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    announced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_order_overdue_announcements", x => x.order_id);
                });

            migrationBuilder.CreateTable(
                name: "work_orders",
                columns: table => new
                {
                    order_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    customer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    received_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    delivered_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_orders", x => x.order_id);
                    table.CheckConstraint("ck_work_orders_category", "category IN ('new_solution', 'upgrade', 'network', 'equipment_move', 'advisory', 'risk_analysis')");
                    table.CheckConstraint("ck_work_orders_due", "due_date >= received_date");
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_project_id",
                table: "projects",
                column: "project_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benefits");

            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropTable(
                name: "portfolio_snapshots");

            migrationBuilder.DropTable(
                name: "project_dependencies");

            migrationBuilder.DropTable(
                name: "project_year_budgets");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "work_order_overdue_announcements");

            migrationBuilder.DropTable(
                name: "work_orders");
        }
    }
}
