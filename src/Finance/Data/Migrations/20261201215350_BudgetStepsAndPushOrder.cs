using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.Finance.Data.Migrations
{
    /// <inheritdoc />
    public partial class BudgetStepsAndPushOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "position",
                table: "investments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "position",
                table: "cost_measures",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "service_area_budget_adjustments",
                columns: table => new
                {
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    area_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", nullable: false),
                    position = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_area_budget_adjustments", x => new { x.budget_year, x.area_code, x.reason });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_area_budget_adjustments");

            migrationBuilder.DropColumn(
                name: "position",
                table: "investments");

            migrationBuilder.DropColumn(
                name: "position",
                table: "cost_measures");
        }
    }
}
