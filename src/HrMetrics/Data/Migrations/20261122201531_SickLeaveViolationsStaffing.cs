using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.HrMetrics.Data.Migrations
{
    /// <inheritdoc />
    public partial class SickLeaveViolationsStaffing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sick_leave",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    agreed_work_days = table.Column<decimal>(type: "numeric(14,4)", nullable: false),
                    sick_leave_days = table.Column<decimal>(type: "numeric(14,4)", nullable: false),
                    self_certified_days = table.Column<decimal>(type: "numeric(14,4)", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sick_leave", x => new { x.year, x.month, x.unit });
                    table.CheckConstraint("ck_sick_leave_days", "agreed_work_days > 0 AND sick_leave_days >= 0 AND sick_leave_days <= agreed_work_days");
                    table.CheckConstraint("ck_sick_leave_self_certified", "self_certified_days IS NULL OR (self_certified_days >= 0 AND self_certified_days <= sick_leave_days)");
                });

            migrationBuilder.CreateTable(
                name: "staffing",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    fte_months = table.Column<decimal>(type: "numeric(14,4)", nullable: false),
                    headcount = table.Column<int>(type: "integer", nullable: false),
                    starters = table.Column<int>(type: "integer", nullable: true),
                    leavers = table.Column<int>(type: "integer", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staffing", x => new { x.year, x.month, x.category });
                    table.CheckConstraint("ck_staffing_non_negative", "fte_months >= 0 AND headcount >= 0 AND (starters IS NULL OR starters >= 0) AND (leavers IS NULL OR leavers >= 0)");
                });

            migrationBuilder.CreateTable(
                name: "working_time_violations",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    cause = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_working_time_violations", x => new { x.year, x.month, x.unit, x.rule, x.cause });
                    table.CheckConstraint("ck_working_time_violations_count", "count >= 0");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sick_leave");

            migrationBuilder.DropTable(
                name: "staffing");

            migrationBuilder.DropTable(
                name: "working_time_violations");
        }
    }
}
