using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.Finance.Data.Migrations
{
    /// <inheritdoc />
    public partial class LedgerBudgetsInvestmentsMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "category_budgets",
                columns: table => new
                {
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    category_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    budget = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    previous_budget = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    previous_forecast = table.Column<decimal>(type: "numeric(18,2)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_category_budgets", x => new { x.budget_year, x.category_code });
                });

            migrationBuilder.CreateTable(
                name: "cost_measures",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    activity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    gain_unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    gain_low = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    gain_high = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    gain_low_basis_points = table.Column<int>(type: "integer", nullable: true),
                    gain_high_basis_points = table.Column<int>(type: "integer", nullable: true),
                    gain_percent_of = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    next_step = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cost_measures", x => new { x.year, x.activity });
                });

            migrationBuilder.CreateTable(
                name: "efficiency_cuts",
                columns: table => new
                {
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    cut_basis_points = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_efficiency_cuts", x => x.budget_year);
                });

            migrationBuilder.CreateTable(
                name: "investments",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    portfolio = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    item = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    long_term_budget = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    budget = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    spent_to_date = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    forecast = table.Column<decimal>(type: "numeric(18,2)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investments", x => new { x.year, x.portfolio, x.item });
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    line_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    scenario = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => new { x.year, x.month, x.line_code, x.scenario });
                });

            migrationBuilder.CreateTable(
                name: "service_area_budgets",
                columns: table => new
                {
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    area_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    previous_budget = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    previous_forecast = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    long_term_budget = table.Column<decimal>(type: "numeric(18,2)", nullable: true),
                    budget = table.Column<decimal>(type: "numeric(18,2)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_area_budgets", x => new { x.budget_year, x.area_code });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "category_budgets");

            migrationBuilder.DropTable(
                name: "cost_measures");

            migrationBuilder.DropTable(
                name: "efficiency_cuts");

            migrationBuilder.DropTable(
                name: "investments");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "service_area_budgets");
        }
    }
}
