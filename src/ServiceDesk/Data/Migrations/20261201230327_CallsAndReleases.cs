using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.ServiceDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class CallsAndReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "call_intervals",
                columns: table => new
                {
                    interval_start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    answered = table.Column<int>(type: "integer", nullable: false),
                    total_wait_seconds = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_intervals", x => x.interval_start);
                    table.CheckConstraint("ck_call_intervals_non_negative", "answered >= 0 AND total_wait_seconds >= 0");
                });

            migrationBuilder.CreateTable(
                name: "releases",
                columns: table => new
                {
                    release_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    planned_date = table.Column<DateOnly>(type: "date", nullable: false),
                    actual_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_releases", x => x.release_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_intervals");

            migrationBuilder.DropTable(
                name: "releases");
        }
    }
}
