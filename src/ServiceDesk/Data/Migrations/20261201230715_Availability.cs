using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.ServiceDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Availability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "downtime",
                columns: table => new
                {
                    service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    planned = table.Column<bool>(type: "boolean", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    outside_hemit = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_downtime", x => new { x.service, x.start });
                    table.CheckConstraint("ck_downtime_order", "\"end\" > start");
                });

            migrationBuilder.CreateTable(
                name: "maintenance_windows",
                columns: table => new
                {
                    service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    weekday = table.Column<int>(type: "integer", nullable: false),
                    window_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    window_end = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maintenance_windows", x => new { x.service, x.weekday, x.window_start });
                    table.CheckConstraint("ck_maintenance_windows_order", "window_end > window_start");
                });

            migrationBuilder.CreateTable(
                name: "service_levels",
                columns: table => new
                {
                    service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_levels", x => x.service);
                    table.CheckConstraint("ck_service_levels_level", "level BETWEEN 1 AND 3");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "downtime");

            migrationBuilder.DropTable(
                name: "maintenance_windows");

            migrationBuilder.DropTable(
                name: "service_levels");
        }
    }
}
