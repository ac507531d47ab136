using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.Governance.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoardMeetingsAssignmentsRisks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agenda_number_series",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_number_series", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "audits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    findings = table.Column<int>(type: "integer", nullable: false),
                    open_findings = table.Column<int>(type: "integer", nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    comment = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audits", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "board_meetings",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    seminar_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    seminar_start = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    seminar_end = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    seminar_programme = table.Column<List<string>>(type: "text[]", nullable: false),
                    board_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    board_end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    notice_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    present = table.Column<List<string>>(type: "text[]", nullable: false),
                    absent = table.Column<List<string>>(type: "text[]", nullable: false),
                    minutes_approved_at = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_board_meetings", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "owner_assignments",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    goal_area = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reported_per_tertial = table.Column<bool>(type: "boolean", nullable: false),
                    reported_in_annual_report = table.Column<bool>(type: "boolean", nullable: false),
                    overdue_announced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_owner_assignments", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "reporting_deadlines",
                columns: table => new
                {
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    covers = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_deadlines", x => new { x.kind, x.covers });
                });

            migrationBuilder.CreateTable(
                name: "risks",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    measures = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risks", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    number_sequence = table.Column<int>(type: "integer", nullable: true),
                    number_year = table.Column<int>(type: "integer", nullable: true),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    case_handler = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    responsible_manager = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    case_folder = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    proposed_resolution = table.Column<string>(type: "text", nullable: false),
                    attachments = table.Column<List<string>>(type: "text[]", nullable: false),
                    ceo_recommendation = table.Column<string>(type: "text", nullable: false),
                    generated = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    moved_to = table.Column<DateOnly>(type: "date", nullable: true),
                    moved_from = table.Column<DateOnly>(type: "date", nullable: true),
                    adopted_resolution = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_agenda_items_board_meetings_meeting_date",
                        column: x => x.meeting_date,
                        principalTable: "board_meetings",
                        principalColumn: "date",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assignment_tertial_reports",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(16)", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    tertial = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    risk = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    comment = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_tertial_reports", x => new { x.code, x.year, x.tertial });
                    table.ForeignKey(
                        name: "FK_assignment_tertial_reports_owner_assignments_code",
                        column: x => x.code,
                        principalTable: "owner_assignments",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_assessments",
                columns: table => new
                {
                    risk_code = table.Column<string>(type: "character varying(32)", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    tertial = table.Column<int>(type: "integer", nullable: false),
                    probability = table.Column<int>(type: "integer", nullable: false),
                    consequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_assessments", x => new { x.risk_code, x.year, x.tertial });
                    table.CheckConstraint("ck_risk_assessments_consequence", "consequence BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_risk_assessments_probability", "probability BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_risk_assessments_risks_risk_code",
                        column: x => x.risk_code,
                        principalTable: "risks",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_meeting_date",
                table: "agenda_items",
                column: "meeting_date");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_number_year_number_sequence",
                table: "agenda_items",
                columns: new[] { "number_year", "number_sequence" },
                unique: true,
                filter: "status = 'Active' AND number_year IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_owner_assignments_year",
                table: "owner_assignments",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "agenda_number_series");

            migrationBuilder.DropTable(
                name: "assignment_tertial_reports");

            migrationBuilder.DropTable(
                name: "audits");

            migrationBuilder.DropTable(
                name: "reporting_deadlines");

            migrationBuilder.DropTable(
                name: "risk_assessments");

            migrationBuilder.DropTable(
                name: "board_meetings");

            migrationBuilder.DropTable(
                name: "owner_assignments");

            migrationBuilder.DropTable(
                name: "risks");
        }
    }
}
