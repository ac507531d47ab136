using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.ServiceDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class TicketEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ticket_events",
                columns: table => new
                {
                    ticket_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    @event = table.Column<string>(name: "event", type: "character varying(32)", maxLength: 32, nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: true),
                    service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    first_line_resolved = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_events", x => new { x.ticket_id, x.occurred_at, x.@event });
                    table.CheckConstraint("ck_ticket_events_priority", "priority IS NULL OR priority BETWEEN 1 AND 4");
                });

            migrationBuilder.CreateIndex(
                name: "ix_ticket_events_occurred_at",
                table: "ticket_events",
                column: "occurred_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_events");
        }
    }
}
