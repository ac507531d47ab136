using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hemit.HrMetrics.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClosedSetsAsEnums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Causes were free codes until now: fold every code outside the closed set into 'other', summing the
            // counts of a month, unit and rule, so stored figures stay readable and the month's total is unchanged.
            migrationBuilder.Sql(FoldFreeCausesIntoOther);

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_time_violations_cause",
                table: "working_time_violations",
                sql: "cause IN ('unspecified', 'on_call_callout', 'incident', 'deployment', 'maintenance', 'project_deadline', 'sickness_cover', 'other')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_working_time_violations_rule",
                table: "working_time_violations",
                sql: "rule IN ('daily_rest', 'weekly_rest', 'max_hours_day', 'max_hours_week', 'overtime', 'night_work', 'sunday_work')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staffing_category",
                table: "staffing",
                sql: "category IN ('permanent', 'temporary', 'temp_agency', 'consultant')");
        }

        internal const string FoldFreeCausesIntoOther = """
            INSERT INTO working_time_violations (year, month, unit, rule, cause, count, updated_at)
            SELECT year, month, unit, rule, 'other', SUM(count), MAX(updated_at)
            FROM working_time_violations
            WHERE cause NOT IN ('unspecified', 'on_call_callout', 'incident', 'deployment', 'maintenance', 'project_deadline', 'sickness_cover', 'other')
            GROUP BY year, month, unit, rule
            ON CONFLICT (year, month, unit, rule, cause)
            DO UPDATE SET count = working_time_violations.count + EXCLUDED.count,
                          updated_at = GREATEST(working_time_violations.updated_at, EXCLUDED.updated_at);
            DELETE FROM working_time_violations
            WHERE cause NOT IN ('unspecified', 'on_call_callout', 'incident', 'deployment', 'maintenance', 'project_deadline', 'sickness_cover', 'other');
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_working_time_violations_cause",
                table: "working_time_violations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_working_time_violations_rule",
                table: "working_time_violations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staffing_category",
                table: "staffing");
        }
    }
}
